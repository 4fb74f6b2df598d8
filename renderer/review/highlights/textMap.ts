/**
 * The bridge between engine offsets and the editor. The engine's offsets are UTF-16 indices into
 * `$getRoot().getTextContent()`; this walks the editor's nodes with exactly the rules Lexical uses
 * to build that text (block elements separated by "\n\n", line breaks "\n", inline elements such
 * as links and marks joined without a break) and records where every TextNode's text starts.
 * An offset then maps to (TextNode key, offset in that node), which maps to the node's DOM text.
 */
import { $getRoot, $isElementNode, $isTextNode, type LexicalNode, type NodeKey } from 'lexical';

/** One TextNode's stretch of the plain text. */
export interface TextSegment {
  key: NodeKey;
  start: number;
  end: number;
}

/** One child of the root (a paragraph, heading, quote, list...). */
export interface BlockSpan {
  key: NodeKey;
  start: number;
  end: number;
  segments: TextSegment[];
}

export interface TextMap {
  text: string;
  blocks: BlockSpan[];
}

export interface TextPoint {
  key: NodeKey;
  offset: number;
}

/** Build the map of the current editor state. Call inside `editor.read()` / `editorState.read()`. */
export function $buildTextMap(): TextMap {
  const blocks: BlockSpan[] = [];
  let text = '';
  const children = $getRoot().getChildren();
  children.forEach((child, i) => {
    const block: BlockSpan = { key: child.getKey(), start: text.length, end: 0, segments: [] };
    text += walk(child, text.length, block.segments);
    block.end = text.length;
    blocks.push(block);
    if ($isElementNode(child) && i !== children.length - 1 && !child.isInline()) text += '\n\n';
  });
  return { text, blocks };
}

/** Appends `node`'s text segments; returns its text content, as Lexical's getTextContent does. */
function walk(node: LexicalNode, at: number, out: TextSegment[]): string {
  if ($isTextNode(node)) {
    const t = node.getTextContent();
    out.push({ key: node.getKey(), start: at, end: at + t.length });
    return t;
  }
  if (!$isElementNode(node)) return node.getTextContent();
  let t = '';
  const children = node.getChildren();
  children.forEach((child, i) => {
    t += walk(child, at + t.length, out);
    if ($isElementNode(child) && i !== children.length - 1 && !child.isInline()) t += '\n\n';
  });
  return t;
}

/** The block holding `offset` (binary search; blocks are in text order). */
export function blockAt(map: TextMap, offset: number): BlockSpan | null {
  let lo = 0;
  let hi = map.blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = map.blocks[mid]!;
    if (offset < b.start) hi = mid - 1;
    else if (offset > b.end) lo = mid + 1;
    else return b;
  }
  return null;
}

/**
 * The text position of `offset`. At a boundary between two text nodes, `side` picks the node
 * the span continues into: 'forward' for a span's start, 'backward' for its end.
 */
export function locate(map: TextMap, offset: number, side: 'forward' | 'backward'): TextPoint | null {
  const block = blockAt(map, offset);
  if (!block) return null;
  const segs = block.segments;
  if (side === 'forward') {
    for (const s of segs) if (offset >= s.start && offset < s.end) return { key: s.key, offset: offset - s.start };
  } else {
    for (const s of segs) if (offset > s.start && offset <= s.end) return { key: s.key, offset: offset - s.start };
  }
  // An empty or collapsed position: take any segment that touches it.
  for (const s of segs) if (offset >= s.start && offset <= s.end) return { key: s.key, offset: offset - s.start };
  return null;
}

/** Start and end points of a span, or null when either end falls outside any text. */
export function locateSpan(map: TextMap, start: number, end: number): [TextPoint, TextPoint] | null {
  const a = locate(map, start, 'forward');
  const b = end === start ? a : locate(map, end, 'backward');
  return a && b ? [a, b] : null;
}
