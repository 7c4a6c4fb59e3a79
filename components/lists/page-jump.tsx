// "Đến trang": a GET form that the category page turns into a redirect to
// /page-N (works without JavaScript); shown beside the page links.
const TEXT = { label: "Đến trang", go: "Đi" } as const;

export function PageJump({ action, total, current, id }: { action: string; total: number; current: number; id: string }) {
  if (total <= 1) return null;
  return (
    <form method="get" action={action} className="page-jump">
      <label htmlFor={id}>{TEXT.label}</label>
      <input id={id} type="number" name="page" min={1} max={total} defaultValue={current} inputMode="numeric" required />
      <button type="submit" className="button button--small">
        {TEXT.go}
      </button>
    </form>
  );
}
