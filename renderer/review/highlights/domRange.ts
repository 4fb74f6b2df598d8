/** DOM ranges for text points, through the editor's own key → element mapping. */
import type { LexicalEditor } from 'lexical';
import type { TextPoint } from './textMap.ts';

/** The DOM Text node Lexical rendered for a TextNode (inside its <span>, <strong>, <em>...). */
export function domTextOf(editor: LexicalEditor, key: string): Text | null {
  const element = editor.getElementByKey(key);
  if (!element) return null;
  if (element.nodeType === Node.TEXT_NODE) return element as unknown as Text;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

export function domRangeFor(editor: LexicalEditor, from: TextPoint, to: TextPoint): Range | null {
  const a = domTextOf(editor, from.key);
  const b = from.key === to.key ? a : domTextOf(editor, to.key);
  if (!a || !b) return null;
  const range = a.ownerDocument.createRange();
  try {
    range.setStart(a, Math.min(from.offset, a.length));
    range.setEnd(b, Math.min(to.offset, b.length));
  } catch {
    return null;
  }
  return range;
}
