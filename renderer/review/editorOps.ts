/**
 * Editor operations the review UI performs on engine spans: select (jump to) a span, and replace
 * spans (one-click fixes). Offsets are into the editor's current plain text.
 */
import {
  $createRangeSelection,
  $getNodeByKey,
  $isTextNode,
  $setSelection,
  HISTORY_PUSH_TAG,
  type LexicalEditor,
} from 'lexical';
import { $buildTextMap, locateSpan, type TextMap } from './highlights/textMap.ts';

export interface SpanEdit {
  start: number;
  end: number;
  /** '' removes the span. */
  replacement: string;
}

/** Select [start, end) in the editor, focus it and scroll the span into view. */
export function selectSpan(editor: LexicalEditor, start: number, end: number): boolean {
  let found = false;
  editor.update(
    () => {
      const points = locateSpan($buildTextMap(), start, end);
      if (!points) return;
      const selection = $createRangeSelection();
      selection.anchor.set(points[0].key, points[0].offset, 'text');
      selection.focus.set(points[1].key, points[1].offset, 'text');
      $setSelection(selection);
      found = true;
    },
    { discrete: true },
  );
  if (found) {
    editor.focus(undefined, { defaultSelection: 'rootStart' });
    // Lexical scrolls the caret into view; make sure the whole span is comfortably visible.
    const dom = window.getSelection();
    const rect = dom && dom.rangeCount > 0 ? dom.getRangeAt(0).getBoundingClientRect() : null;
    const node = dom?.anchorNode?.parentElement;
    if (rect && node && (rect.top < 80 || rect.bottom > window.innerHeight - 40)) {
      node.scrollIntoView({ block: 'center' });
    }
  }
  return found;
}

/**
 * Apply every edit in ONE editor update, so one undo step reverts them all. Edits are applied
 * from the end of the text backwards so earlier offsets stay valid. Returns how many applied.
 */
export function replaceSpans(editor: LexicalEditor, edits: readonly SpanEdit[]): number {
  let applied = 0;
  const ordered = [...edits].sort((a, b) => b.start - a.start);
  editor.update(
    () => {
      const map = $buildTextMap();
      let lastStart = Infinity;
      for (const edit of ordered) {
        if (edit.end > lastStart) continue; // overlapping edits: keep the later one only
        if (edit.replacement === '' && removeWholeBlocks(map, edit.start, edit.end)) {
          lastStart = edit.start;
          applied++;
          continue;
        }
        const points = locateSpan(map, edit.start, edit.end);
        if (!points) continue;
        const [a, b] = points;
        const node = $getNodeByKey(a.key);
        if (a.key === b.key && $isTextNode(node)) {
          node.spliceText(a.offset, b.offset - a.offset, edit.replacement, false);
        } else {
          const selection = $createRangeSelection();
          selection.anchor.set(a.key, a.offset, 'text');
          selection.focus.set(b.key, b.offset, 'text');
          selection.insertText(edit.replacement);
        }
        lastStart = edit.start;
        applied++;
      }
      $setSelection(null);
    },
    { discrete: true, tag: HISTORY_PUSH_TAG },
  );
  return applied;
}

/** Removing a span that is exactly one or more whole blocks removes the blocks, not just their text. */
function removeWholeBlocks(map: TextMap, start: number, end: number): boolean {
  const first = map.blocks.findIndex((b) => b.start === start);
  if (first < 0) return false;
  let last = first;
  while (last < map.blocks.length && map.blocks[last]!.end < end) last++;
  if (last >= map.blocks.length || map.blocks[last]!.end !== end) return false;
  if (first === 0 && last === map.blocks.length - 1) return false; // keep at least one paragraph
  for (let i = first; i <= last; i++) $getNodeByKey(map.blocks[i]!.key)?.remove();
  return true;
}
