/**
 * Plain text of a serialized Lexical body, computed without Lexical (so the CLI, the library
 * service and a Web Worker can use it). It follows Lexical's own `getTextContent()` rules exactly
 * — block elements are separated by "\n\n", line breaks are "\n" — so offsets the engine computes
 * here match offsets into the live editor's text.
 */
import type { EditorStateJSON } from './schema.ts';

interface SerializedNode {
  type?: unknown;
  text?: unknown;
  children?: unknown;
}

/** Element types Lexical renders inline (no paragraph break after them). */
const INLINE_ELEMENTS = new Set(['link', 'autolink', 'mark']);

function isElement(node: SerializedNode): node is SerializedNode & { children: unknown[] } {
  return Array.isArray(node.children);
}

function textOf(node: SerializedNode): string {
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  if (typeof node.text === 'string') return node.text;
  if (!isElement(node)) return '';
  let out = '';
  const children = node.children as SerializedNode[];
  children.forEach((child, i) => {
    if (!child || typeof child !== 'object') return;
    out += textOf(child);
    if (isElement(child) && i !== children.length - 1 && !INLINE_ELEMENTS.has(String(child.type))) {
      out += '\n\n';
    }
  });
  return out;
}

export function plainTextOf(body: EditorStateJSON): string {
  return textOf(body.root as SerializedNode);
}

/** Words as a reader counts them (the editor, the library list and history count alike). */
export { countWords } from './wordCount.ts';

/** Minutes to read at 230 words a minute, at least one for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}

/** A body made of plain paragraphs (imports, tests, fixtures). Blank lines separate paragraphs. */
export function bodyFromParagraphs(paragraphs: readonly string[]): EditorStateJSON {
  return {
    root: {
      type: 'root',
      direction: null,
      format: '',
      indent: 0,
      version: 1,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: text
          ? [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }]
          : [],
      })),
    },
  };
}
