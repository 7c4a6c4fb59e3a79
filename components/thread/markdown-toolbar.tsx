"use client";
// A small Markdown toolbar: each button wraps the selection (or inserts a
// sample) in the textarea it is attached to. Rendered only with JavaScript.
import type { RefObject } from "react";
import { ImageTool } from "@/components/writing/image-tool";

type Tool = { label: string; title: string; apply: (selected: string) => { text: string; select?: [number, number] } };

const wrap = (marker: string, sample: string) => (selected: string) => {
  const inner = selected || sample;
  return { text: `${marker}${inner}${marker}`, select: [marker.length, marker.length + inner.length] as [number, number] };
};
const prefixLines = (prefix: (i: number) => string, sample: string) => (selected: string) => ({
  text: (selected || sample)
    .split("\n")
    .map((line, i) => `${prefix(i)}${line}`)
    .join("\n"),
});

const TOOLS: Tool[] = [
  { label: "B", title: "Đậm", apply: wrap("**", "chữ đậm") },
  { label: "I", title: "Nghiêng", apply: wrap("*", "chữ nghiêng") },
  { label: "S", title: "Gạch ngang", apply: wrap("~~", "gạch ngang") },
  {
    label: "Liên kết",
    title: "Chèn liên kết",
    apply: (selected) => {
      const label = selected || "mô tả";
      return { text: `[${label}](https://)`, select: [label.length + 3, label.length + 11] };
    },
  },
  { label: "• Danh sách", title: "Danh sách", apply: prefixLines(() => "- ", "mục") },
  { label: "1. Danh sách", title: "Danh sách đánh số", apply: prefixLines((i) => `${i + 1}. `, "mục") },
  { label: "❝ Trích dẫn", title: "Trích dẫn", apply: prefixLines(() => "> ", "trích dẫn") },
  { label: "Mã", title: "Mã", apply: (s) => (s.includes("\n") ? { text: "```\n" + s + "\n```" } : wrap("`", "mã")(s)) },
];

export function MarkdownToolbar({ target, onChange }: { target: RefObject<HTMLTextAreaElement | null>; onChange: () => void }) {
  function run(tool: Tool) {
    const el = target.current;
    if (!el) return;
    const { selectionStart: start, selectionEnd: end, value } = el;
    const result = tool.apply(value.slice(start, end));
    el.setRangeText(result.text, start, end, "end");
    if (result.select) el.setSelectionRange(start + result.select[0], start + result.select[1]);
    el.focus();
    onChange();
  }
  return (
    <div className="md-toolbar" role="toolbar" aria-label="Định dạng">
      {TOOLS.map((tool) => (
        // A letter ("B") is named by its title ("Đậm"); a word label is its own
        // name (WCAG 2.5.3: the name contains the visible text), the title its description.
        <button key={tool.title} type="button" className="md-toolbar__button" title={tool.title} aria-label={tool.label.length <= 2 ? tool.title : undefined} onClick={() => run(tool)}>
          {tool.label}
        </button>
      ))}
      <ImageTool target={target} onChange={onChange} />
    </div>
  );
}
