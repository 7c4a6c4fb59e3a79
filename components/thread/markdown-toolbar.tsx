"use client";
// A small Markdown toolbar: each button wraps the selection (or inserts a
// sample) in the textarea it is attached to. Rendered only with JavaScript.
// Its words (and the samples it inserts) come from the composer catalog
// (composer-text.ts), in the page's language.
import type { RefObject } from "react";
import { ImageTool } from "@/components/writing/image-tool";
import { VI_COMPOSER_TEXT, type ComposerText } from "./composer-text";

type Tool = { id: string; label: string; title: string; apply: (selected: string) => { text: string; select?: [number, number] } };

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

function tools(M: ComposerText): Tool[] {
  return [
    { id: "bold", label: "B", title: M.bold, apply: wrap("**", M.boldSample) },
    { id: "italic", label: "I", title: M.italic, apply: wrap("*", M.italicSample) },
    { id: "strike", label: "S", title: M.strike, apply: wrap("~~", M.strikeSample) },
    {
      id: "link",
      label: M.link,
      title: M.linkTitle,
      apply: (selected) => {
        const label = selected || M.linkSample;
        return { text: `[${label}](https://)`, select: [label.length + 3, label.length + 11] };
      },
    },
    { id: "list", label: M.list, title: M.listTitle, apply: prefixLines(() => "- ", M.itemSample) },
    { id: "numbered", label: M.numbered, title: M.numberedTitle, apply: prefixLines((i) => `${i + 1}. `, M.itemSample) },
    { id: "quote", label: M.quote, title: M.quoteTitle, apply: prefixLines(() => "> ", M.quoteSample) },
    { id: "code", label: M.code, title: M.code, apply: (s) => (s.includes("\n") ? { text: "```\n" + s + "\n```" } : wrap("`", M.codeSample)(s)) },
  ];
}

type Props = { target: RefObject<HTMLTextAreaElement | null>; onChange: () => void; text?: ComposerText };

export function MarkdownToolbar({ target, onChange, text = VI_COMPOSER_TEXT }: Props) {
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
    <div className="md-toolbar" role="toolbar" aria-label={text.toolbar}>
      {tools(text).map((tool) => (
        // A letter ("B") is named by its title ("Đậm"); a word label is its own
        // name (WCAG 2.5.3: the name contains the visible text), the title its description.
        <button key={tool.id} type="button" className="md-toolbar__button" title={tool.title} aria-label={tool.label.length <= 2 ? tool.title : undefined} onClick={() => run(tool)}>
          {tool.label}
        </button>
      ))}
      <ImageTool target={target} onChange={onChange} text={text} />
    </div>
  );
}
