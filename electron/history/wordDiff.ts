/**
 * Word-level differences between two versions of an article's text, as a journalist reads them:
 * which words were added, which removed, and how many of each.
 */
import { diffWordsWithSpace } from 'diff';
import { countWords } from '../../shared/article/plainText.ts';

export interface DiffPart {
  type: 'same' | 'added' | 'removed';
  text: string;
}

export interface WordDiff {
  parts: DiffPart[];
  added: number;
  removed: number;
}

export function wordDiff(before: string, after: string): WordDiff {
  const parts: DiffPart[] = [];
  let added = 0;
  let removed = 0;
  for (const change of diffWordsWithSpace(before, after)) {
    const type = change.added ? 'added' : change.removed ? 'removed' : 'same';
    if (type === 'added') added += countWords(change.value);
    if (type === 'removed') removed += countWords(change.value);
    const last = parts[parts.length - 1];
    if (last && last.type === type) last.text += change.value;
    else parts.push({ type, text: change.value });
  }
  return { parts, added, removed };
}

/** Counts only: the same numbers as wordDiff without keeping the parts. */
export function wordChangeCounts(before: string, after: string): { added: number; removed: number } {
  const { added, removed } = wordDiff(before, after);
  return { added, removed };
}
