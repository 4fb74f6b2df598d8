/**
 * Draws findings over the editor with the CSS Custom Highlight API: one `Highlight` per check
 * (each with its own underline colour in review.css) plus `cd-active` for the finding the user
 * jumped to. Nothing is written into the editor state. Ranges are cached per block; a block the
 * editor did not touch keeps its ranges (its DOM is untouched, so they are still right), and a
 * block that changed drops its ranges at once and gets new ones at the next paint.
 */
import type { LexicalEditor } from 'lexical';
import { CHECK_NAMES, type Finding } from '../../../shared/analysis/types.ts';
import { diffTexts } from '../../analysis/shift.ts';
import { useFindingsStore } from '../../stores/findings.ts';
import { highlightName } from '../checkStyle.ts';
import { domRangeFor } from './domRange.ts';
import { piecesFor, type BlockPiece } from './spans.ts';
import { $buildTextMap, locateSpan, type TextMap } from './textMap.ts';

interface DrawnPiece {
  piece: BlockPiece;
  range: Range;
}

interface BlockDrawing {
  signature: string;
  drawn: DrawnPiece[];
}

export const ACTIVE_HIGHLIGHT = 'cd-active';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

export class HighlightPainter {
  private readonly editor: LexicalEditor;
  private cache = new Map<string, BlockDrawing>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private map: TextMap | null = null;
  /** Every piece drawn at the last paint, in current-text offsets. */
  pieces: DrawnPiece[] = [];
  /** Called after each paint (the benchmark and the caret announcer listen). */
  onPaint: (() => void) | null = null;

  constructor(editor: LexicalEditor) {
    this.editor = editor;
  }

  schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.paint();
    }, delay);
  }

  /** The editor changed these blocks: their ranges are wrong now, so stop drawing them. */
  invalidate(keys: Iterable<string>): void {
    for (const key of keys) {
      const drawing = this.cache.get(key);
      if (!drawing) continue;
      this.cache.delete(key);
      if (!highlightsSupported()) continue;
      // Take just these ranges out of the registered highlights; the rest stay as they are.
      for (const d of drawing.drawn) {
        CSS.highlights.get(highlightName(d.piece.finding.check))?.delete(d.range);
        CSS.highlights.get(ACTIVE_HIGHLIGHT)?.delete(d.range);
      }
    }
  }

  paint(): void {
    const map = this.editor.getEditorState().read(() => $buildTextMap());
    this.map = map;
    const { text, findings } = useFindingsStore.getState();
    const pieces = piecesFor(findings, map, diffTexts(text, map.text));
    const blockStart = new Map(map.blocks.map((b) => [b.key, b.start]));
    const byBlock = new Map<string, BlockPiece[]>();
    for (const p of pieces) {
      const list = byBlock.get(p.blockKey);
      if (list) list.push(p);
      else byBlock.set(p.blockKey, [p]);
    }
    const next = new Map<string, BlockDrawing>();
    for (const [key, list] of byBlock) {
      const origin = blockStart.get(key) ?? 0;
      const signature = list.map((p) => `${p.finding.id}@${p.start - origin}-${p.end - origin}`).join('|');
      const cached = this.cache.get(key);
      if (cached && cached.signature === signature) {
        // Same pieces at the same place in an untouched block: keep the ranges, update offsets.
        next.set(key, { signature, drawn: cached.drawn.map((d, i) => ({ piece: list[i]!, range: d.range })) });
        continue;
      }
      const drawn: DrawnPiece[] = [];
      for (const piece of list) {
        const points = locateSpan(map, piece.start, piece.end);
        const range = points && domRangeFor(this.editor, points[0], points[1]);
        if (range) drawn.push({ piece, range });
      }
      next.set(key, { signature, drawn });
    }
    this.cache = next;
    this.apply();
    this.onPaint?.();
  }

  /** Rebuild the Highlight objects from the cache (cheap: no layout, no DOM walking). */
  apply(): void {
    const activeId = useFindingsStore.getState().activeId;
    const byName = new Map<string, Range[]>();
    const all: DrawnPiece[] = [];
    for (const drawing of this.cache.values()) {
      for (const d of drawing.drawn) {
        all.push(d);
        const name = highlightName(d.piece.finding.check);
        (byName.get(name) ?? byName.set(name, []).get(name)!).push(d.range);
        if (d.piece.finding.id === activeId) (byName.get(ACTIVE_HIGHLIGHT) ?? byName.set(ACTIVE_HIGHLIGHT, []).get(ACTIVE_HIGHLIGHT)!).push(d.range);
      }
    }
    this.pieces = all;
    if (!highlightsSupported()) return;
    for (const name of [...CHECK_NAMES.map(highlightName), ACTIVE_HIGHLIGHT]) {
      const ranges = byName.get(name);
      if (ranges?.length) CSS.highlights.set(name, new Highlight(...ranges));
      else CSS.highlights.delete(name);
    }
  }

  /** Findings underlined at a plain-text offset of the current text. */
  findingsAtOffset(offset: number): Finding[] {
    const out: Finding[] = [];
    for (const d of this.pieces) {
      if (offset >= d.piece.start && offset <= d.piece.end && !out.includes(d.piece.finding)) out.push(d.piece.finding);
    }
    return out;
  }

  /** Findings whose underline is under the viewport point (x, y). */
  findingsAtPoint(x: number, y: number): { findings: Finding[]; rect: DOMRect | null } {
    const findings: Finding[] = [];
    let rect: DOMRect | null = null;
    for (const d of this.pieces) {
      for (const r of d.range.getClientRects()) {
        if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 2 && y <= r.bottom + 3) {
          if (!findings.includes(d.piece.finding)) findings.push(d.piece.finding);
          rect ??= r;
        }
      }
    }
    return { findings, rect };
  }

  /** The plain-text offset of a Lexical text point, from the last paint's map. */
  offsetOf(key: string, offset: number): number | null {
    if (!this.map) return null;
    for (const b of this.map.blocks) for (const s of b.segments) if (s.key === key) return s.start + offset;
    return null;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.cache.clear();
    this.pieces = [];
    if (highlightsSupported()) for (const name of [...CHECK_NAMES.map(highlightName), ACTIVE_HIGHLIGHT]) CSS.highlights.delete(name);
  }
}
