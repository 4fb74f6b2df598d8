/**
 * HTML → the text a reader sees: the text of each block element is a paragraph, inline
 * elements flow into their block, whitespace collapses as a browser collapses it. Scripts,
 * styles, templates, embedded documents and the <head> are not copy and are dropped. Nothing
 * is ever executed or fetched — node-html-parser only tokenises — so hostile HTML is harmless;
 * the walk is iterative, so absurdly deep nesting cannot overflow the stack. Page furniture
 * (nav, footer, aside) is kept on purpose: flagging it is the furniture check's job.
 */
import { parse } from 'node-html-parser';
import type { HTMLElement, Node } from 'node-html-parser';
import type { AnalysedText } from './source.ts';
import { TextBuilder } from './source.ts';

const DROPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'select', 'button']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'br', 'title',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function htmlToText(source: string): AnalysedText {
  // A doctype or XML declaration is not text; blank it out (same length, offsets unchanged).
  const cleaned = source.replace(/<!doctype[^>]*>|<\?xml[^>]*\?>/gi, (m) => ' '.repeat(m.length));
  const root = parse(cleaned, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const out = new TextBuilder();
  // Explicit stack of [node, leaving]: a block element breaks the paragraph on entry and exit.
  const stack: [Node, boolean][] = [[root, false]];
  while (stack.length) {
    const [node, leaving] = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      pushText(out, node, insidePre(node));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node as HTMLElement).rawTagName?.toLowerCase() ?? '';
    if (DROPPED.has(tag)) continue;
    const block = BLOCKS.has(tag) || tag === '';
    if (leaving) {
      if (block) out.paragraphBreak();
      continue;
    }
    if (block) out.paragraphBreak();
    stack.push([node, true]);
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, false]);
  }
  return out.build(source);
}

function insidePre(node: Node): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (p.rawTagName?.toLowerCase() === 'pre') return true;
  return false;
}

/**
 * Append a text node's decoded text. Where decoding kept the length (no entities), each
 * character maps to its exact source offset; otherwise characters map proportionally within
 * the node, which keeps the reported line right.
 */
function pushText(out: TextBuilder, node: Node, pre: boolean): void {
  const raw = node.rawText;
  const decoded = node.text;
  const [start] = node.range;
  const at = (i: number) => start + (decoded.length === raw.length ? i : Math.floor((i * raw.length) / Math.max(1, decoded.length)));
  if (pre) {
    // Preformatted text keeps its lines; each line is a paragraph.
    let offset = 0;
    for (const line of decoded.split('\n')) {
      const base = offset;
      if (line.trim()) out.push(line, (i) => at(base + i));
      out.paragraphBreak();
      offset += line.length + 1;
    }
    return;
  }
  // Collapse runs of HTML whitespace to single spaces, as a browser renders them. A no-break
  // space (&nbsp;) is not HTML whitespace: it stays, as it does on screen.
  const re = /[^ \t\n\f\r]+/g;
  let first = true;
  for (let m = re.exec(decoded); m; m = re.exec(decoded)) {
    if (!first || m.index > 0) out.space();
    const base = m.index;
    out.push(m[0], (i) => at(base + i));
    first = false;
  }
  if (/[ \t\n\f\r]$/.test(decoded)) out.space();
}
