// Text with the words that matched a search wrapped in <mark>. Segments are
// plain text rendered by React (escaped); the only markup is our own <mark>.
import type { TextSegment } from "@/lib/search/highlight";

export function HighlightedText({ segments }: { segments: TextSegment[] }) {
  return (
    <>
      {segments.map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
    </>
  );
}
