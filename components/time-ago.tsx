"use client";
// A post's time as "5 phút trước". The server writes the date itself
// (formatDateTime), which stays true in a cached page however long it is
// served; the relative wording, which goes out of date, is computed in the
// browser after hydration. Without JavaScript the reader sees the date.
import { useEffect, useState } from "react";
import { formatDateTime, formatTimeAgo } from "@/lib/format";

export function TimeAgo({ iso }: { iso: string }) {
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => setNow(new Date()), []);
  const at = new Date(iso);
  return (
    <time dateTime={iso} title={formatDateTime(at)}>
      {now ? formatTimeAgo(at, now) : formatDateTime(at)}
    </time>
  );
}
