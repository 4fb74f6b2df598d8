/**
 * Article-wide number findings (restatements, formatting) with their spans given as mentions,
 * by index in reading order, rather than as offsets: the numbers checker places them, and can
 * keep them across an edit that moves mentions without changing any (see numbers.ts).
 */
export interface PlannedFinding {
  id: string;
  severity: 'error' | 'info';
  message: string;
  suggestion?: string;
  /** Which span of a mention the finding shows: the phrase ("killed 23 people") or the number ("23"). */
  span: 'phrase' | 'number';
  /** The mention the finding points at, then its related mentions. */
  mentions: number[];
}

/** What a mention's sentence says about it: an update of an earlier figure, or another event. */
export interface SentenceContext {
  update: boolean;
  otherEvent: boolean;
}
