// A reply by a member the viewer ignores: collapsed, one click (a <details>,
// no JavaScript needed) shows it. Its anchor stays on the reply inside, and
// browsers open a <details> to reach a fragment in it.
const TEXT = { collapsed: "Bạn đã bỏ qua thành viên này", show: "Hiện" } as const;

export function IgnoredReply({ name, children }: { name: string; children: React.ReactNode }) {
  return (
    <li className="reply-ignored" data-testid="ignored-reply">
      <details>
        <summary>
          <span>
            {TEXT.collapsed} ({name})
          </span>{" "}
          · <span className="reply-ignored__show">{TEXT.show}</span>
        </summary>
        <ol className="reply-list">{children}</ol>
      </details>
    </li>
  );
}
