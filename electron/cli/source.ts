/**
 * The text the engine analyses, with a way back to the file it came from. For Markdown, HTML
 * and articles the analysed text is not the file's text (markup is removed), so every analysed
 * character remembers the source offset it came from; the linter output then points at the
 * line and column of the file the user opens in an editor.
 */

export interface AnalysedText {
  /** The plain text given to the engine; finding offsets index into this. */
  text: string;
  /** The text that line:col positions refer to (the file's own text where there is one). */
  source: string;
  /** Source offset of analysed offset `i`; identity when absent. */
  toSource?: (offset: number) => number;
  /** Finding ids to leave out (a Copydesk article's own dismissals). */
  dismissed?: string[];
}

/**
 * Builds analysed text piece by piece, remembering where each character came from. Paragraph
 * breaks ("\n\n") are emitted lazily, only between two pieces of text, so empty blocks and
 * leading or trailing breaks never produce empty paragraphs.
 */
export class TextBuilder {
  private parts: string[] = [];
  private map: number[] = [];
  private pendingBreak = false;
  private pendingSpace = false;
  private lastChar = '';

  /** Append `text`; its character `i` came from source offset `from(i)`. */
  push(text: string, from: (i: number) => number): void {
    if (!text) return;
    if (this.map.length > 0 && this.pendingBreak) this.raw('\n\n', from(0));
    else if (this.pendingSpace && this.map.length > 0 && !/\s/.test(this.lastChar) && !/^\s/.test(text)) this.raw(' ', from(0));
    this.pendingBreak = false;
    this.pendingSpace = false;
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.map.push(from(i));
    this.lastChar = text[text.length - 1]!;
  }

  /** The next text starts a new paragraph. */
  paragraphBreak(): void {
    this.pendingBreak = true;
  }

  /** The next text is separated from this one by a space (a soft line break, say). */
  space(): void {
    this.pendingSpace = true;
  }

  private raw(text: string, at: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.map.push(at);
    this.lastChar = text[text.length - 1]!;
  }

  build(source: string): AnalysedText {
    const map = Uint32Array.from(this.map);
    return {
      text: this.parts.join(''),
      source,
      toSource: (offset) => (offset < map.length ? map[offset]! : source.length),
    };
  }
}

/** A function giving 1-based line and column (UTF-16 units, as editors count) of an offset. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}
