/** Text with some spans marked: the words a search matched, as `<mark>`. */
import type { ReactNode } from 'react';

export function Highlighted({ text, spans }: { text: string; spans: readonly (readonly [number, number])[] }): ReactNode {
  const parts: ReactNode[] = [];
  let at = 0;
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  sorted.forEach(([start, end], i) => {
    if (start < at || end > text.length || end <= start) return; // overlapping or out of range
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={i}>{text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
