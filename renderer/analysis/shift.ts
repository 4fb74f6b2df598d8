/**
 * Findings are computed from a text that may be a keystroke or two behind the editor. Rather than
 * hide every highlight until the worker catches up, spans are carried over the edit: the two
 * texts are compared by common prefix and suffix, spans before the edit stay, spans after it
 * move by the length difference, spans the edit went into are dropped until the next result.
 */

/** The one stretch where `before` and `after` differ: [start, oldEnd) became [start, newEnd). */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** null when the texts are equal. */
export function diffTexts(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  // Skip equal stretches a chunk at a time (native string comparison), then walk by character.
  const CHUNK = 256;
  let start = 0;
  while (start + CHUNK <= max && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)) start += CHUNK;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  const room = max - start;
  let tail = 0;
  while (tail + CHUNK <= room && before.slice(before.length - tail - CHUNK, before.length - tail) === after.slice(after.length - tail - CHUNK, after.length - tail)) tail += CHUNK;
  while (tail < room && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/** Where [start, end) of the old text lies in the new text, or null if the edit touched it. */
export function shiftSpan(edit: TextEdit | null, start: number, end: number): [number, number] | null {
  if (!edit) return [start, end];
  if (end <= edit.start) return [start, end];
  if (start >= edit.oldEnd) {
    const delta = edit.newEnd - edit.oldEnd;
    return [start + delta, end + delta];
  }
  return null;
}
