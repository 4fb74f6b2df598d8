/**
 * Markdown → the plain text a reader sees. Markup is removed character by character (never
 * rewritten), so every analysed character maps back to its place in the .md file. Block
 * structure follows CommonMark closely enough for news copy: headings, list items and block
 * quotes are paragraphs of their own, soft-wrapped lines join into one paragraph, fenced and
 * indented code and front matter are not prose and are left out.
 */
import type { AnalysedText } from './source.ts';
import { TextBuilder } from './source.ts';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const HEADING_CLOSE = /[ \t]+#+[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const QUOTE = /^ {0,3}>[ \t]?/;
const LIST_ITEM = /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;
const TABLE_DIVIDER = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;

export function markdownToText(source: string): AnalysedText {
  const out = new TextBuilder();
  const lines = source.split('\n');
  let offset = 0;
  let fence: string | null = null;
  let first = 0;
  // YAML front matter (Jekyll, Hugo...) is metadata, not copy.
  if (lines[0]?.trimEnd() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (close > 0) {
      for (let i = 0; i <= close; i++) offset += lines[i]!.length + 1;
      first = close + 1;
    }
  }
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const lineStart = offset;
    offset += lines[i]!.length + 1;
    if (fence) {
      if (line.trimStart().startsWith(fence)) fence = null;
      continue;
    }
    const fenceOpen = FENCE.exec(line);
    if (fenceOpen) {
      fence = fenceOpen[1]!;
      out.paragraphBreak();
      continue;
    }
    if (line.trim() === '' || RULE.test(line) || LINK_DEFINITION.test(line) || TABLE_DIVIDER.test(line) || /^( {4}|\t)/.test(line)) {
      out.paragraphBreak();
      continue;
    }
    if (SETEXT.test(line) && i > first) {
      out.paragraphBreak(); // the underline of a heading: the heading text was the line above
      continue;
    }
    let body = 0;
    let blockStart = false;
    for (let m = QUOTE.exec(line.slice(body)); m; m = QUOTE.exec(line.slice(body))) {
      body += m[0].length;
      blockStart = true;
    }
    const heading = HEADING.exec(line.slice(body));
    const item = LIST_ITEM.exec(line.slice(body));
    let end = line.length;
    if (heading) {
      body += heading[0].length;
      const close = HEADING_CLOSE.exec(line.slice(body));
      if (close) end = body + close.index;
    } else if (item) body += item[0].length;
    const isTableRow = line.trimStart().startsWith('|');
    if (heading || item || blockStart || isTableRow) out.paragraphBreak();
    else out.space();
    const keep = inlineKeepMask(line, body, end);
    let run = '';
    let runStart = -1;
    const flush = () => {
      if (isTableRow) {
        // A table cell: its padding is layout, not text.
        const lead = run.length - run.trimStart().length;
        run = run.trim();
        runStart += lead;
      }
      if (run) {
        const at = lineStart + runStart;
        out.push(run, (k) => at + k);
      }
      run = '';
      runStart = -1;
    };
    for (let k = body; k < end; k++) {
      if (keep[k] && !(isTableRow && line[k] === '|')) {
        if (runStart < 0) runStart = k;
        run += line[k];
      } else {
        flush();
        if (isTableRow && line[k] === '|') out.space();
      }
    }
    flush();
    if (heading || isTableRow) out.paragraphBreak();
  }
  return out.build(source);
}

/** Which characters of `line[from, to)` are text rather than inline markup. */
function inlineKeepMask(line: string, from: number, to: number): boolean[] {
  const keep = new Array<boolean>(line.length).fill(true);
  const segment = line.slice(0, to);
  const drop = (start: number, end: number) => {
    for (let k = Math.max(start, from); k < end; k++) keep[k] = false;
  };
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
    re.lastIndex = from;
    for (let m = re.exec(segment); m; m = re.exec(segment)) fn(m);
  };
  // Backslash escapes: the backslash goes, the character stays (and is never markup).
  const escaped = new Set<number>();
  each(/\\([\\`*_{}[\]()#+\-.!>~|<])/g, (m) => {
    drop(m.index, m.index + 1);
    escaped.add(m.index + 1);
  });
  // Inline code: drop the backticks, keep the code's text.
  each(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (m) => {
    drop(m.index, m.index + m[1]!.length);
    drop(m.index + m[0].length - m[1]!.length, m.index + m[0].length);
  });
  // Images and links: keep the alt text / link text, drop the brackets and the target.
  each(/(!?)\[([^\]\n]*)\](\([^)\n]*\)|\[[^\]\n]*\])/g, (m) => {
    if (escaped.has(m.index)) return;
    drop(m.index, m.index + m[1]!.length + 1);
    const close = m.index + m[1]!.length + 1 + m[2]!.length;
    drop(close, m.index + m[0].length);
  });
  // Autolinks and inline HTML tags.
  each(/<(?:https?:\/\/[^>\s]+|mailto:[^>\s]+|[^>\s@]+@[^>\s]+)>/g, (m) => {
    drop(m.index, m.index + 1);
    drop(m.index + m[0].length - 1, m.index + m[0].length);
  });
  each(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/g, (m) => drop(m.index, m.index + m[0].length));
  // Emphasis and strikethrough markers that open and close around non-space text. Underscores
  // only at word boundaries, so snake_case and names like "Al_Jazeera" in URLs stay intact.
  for (const re of [/(\*\*|__|~~)(?=\S)([\s\S]*?\S)\1/g, /(\*)(?=[^\s*])([^*]*?[^\s*])\*/g, /(?<![\p{L}\p{N}_])(_)(?=[^\s_])([^_]*?[^\s_])_(?![\p{L}\p{N}_])/gu]) {
    each(re, (m) => {
      if (escaped.has(m.index)) return;
      const n = m[1]!.length;
      drop(m.index, m.index + n);
      drop(m.index + m[0].length - n, m.index + m[0].length);
    });
  }
  return keep;
}
