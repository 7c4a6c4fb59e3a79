"use client";
// "Phản hồi: N", kept live by the thread's event stream.
import { useEffect, useState } from "react";
import { STATS_EVENT } from "./live-updates";

export function LiveReplyCount({ initial }: { initial: number }) {
  const [count, setCount] = useState(initial);
  useEffect(() => setCount(initial), [initial]);
  useEffect(() => {
    const onStats = (event: Event) => setCount((event as CustomEvent<{ replyCount: number }>).detail.replyCount);
    window.addEventListener(STATS_EVENT, onStats);
    return () => window.removeEventListener(STATS_EVENT, onStats);
  }, []);
  return <>Phản hồi: {count.toLocaleString("vi-VN")}</>;
}
