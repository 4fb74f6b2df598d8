/**
 * Draws findings over the editor with the CSS Custom Highlight API: one `Highlight` per check
 * (each with its own underline colour in review.css) plus `cd-active` for the finding the user
 * jumped to. Nothing is written into the editor state. Ranges are cached per block; a block the
 * editor did not touch keeps its ranges (its DOM is untouched, so they are still right), and a
 * block that changed drops its ranges at once and gets new ones at the next paint.
 *
 * Only blocks in the visible part of the editor are registered with the browser: Chromium
 * revalidates every registered range whenever the document changes, so a long article with
 * hundreds of underlines would otherwise pay for all of them on every keystroke. Scrolling brings
 * the others in.
 *
 * Which blocks are near is measured in an animation frame after a paint, a scroll or a resize:
 * a binary search over the blocks' rectangles, a dozen reads or so. (An IntersectionObserver on
 * every block did the same without reads, but Chromium then computes every target's
 * intersection after every frame that changed layout — on each keystroke, for hundreds of
 * paragraphs: about 6 ms of main thread per keystroke in a 20,000-word article.)
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

/**
 * How far beyond the visible part of the editor (in window heights) underlines stay registered:
 * none. After any change to the document Chromium re-marks every registered range, which
 * repaints the whole text of each block holding one, on every keystroke. A scroll event comes before the frame's
 * animation callbacks, where the blocks are measured again, so text scrolled into view is
 * underlined in the frame it appears. (A quarter screen beyond, as before: profiled typing,
 * main-thread CPU per keystroke 24.2 -> 21.9 ms, paint 6.3 -> 5.5 ms.)
 */
const NEAR_MARGIN = 0;

/** The nearest ancestor of `element` that scrolls its content, if any. */
function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let el = element.parentElement; el; el = el.parentElement) {
    const overflow = getComputedStyle(el).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return el;
  }
  return null;
}

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
  /** The pieces registered with the browser (near the viewport), for hover hit-testing. */
  private visible: DrawnPiece[] = [];
  /** Block keys in or near the viewport, as last measured. */
  private nearKeys = new Set<string>();
  private measureFrame = 0;
  /** The editor's root element and the ancestor it scrolls in, found once per root. */
  private scrollerRoot: HTMLElement | null = null;
  private scroller: HTMLElement | null = null;
  private readonly onViewportChange = () => this.scheduleMeasure();
  /** Called after each paint; `upToDate` when the findings are for the editor's current text. */
  onPaint: ((upToDate: boolean) => void) | null = null;

  constructor(editor: LexicalEditor) {
    this.editor = editor;
    if (typeof window !== 'undefined') {
      // Scroll events do not bubble; capturing them on the document sees every scroller's.
      document.addEventListener('scroll', this.onViewportChange, { capture: true, passive: true });
      window.addEventListener('resize', this.onViewportChange, { passive: true });
    }
  }

  schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.paint();
    }, delay);
  }

  /**
   * The editor changed these blocks: forget their ranges, to be rebuilt at the next paint. The
   * registered highlights are left alone until then — touching the registry on every keystroke
   * makes the browser revalidate every highlight, and a live range in an edited text node either
   * follows the edit or collapses to nothing, so nothing wrong is drawn meanwhile.
   */
  invalidate(keys: Iterable<string>): void {
    for (const key of keys) this.cache.delete(key);
  }

  paint(): void {
    // A paint for a new result makes the pending after-typing repaint unnecessary.
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const map = this.editor.getEditorState().read(() => $buildTextMap());
    this.map = map;
    const { text, findings } = useFindingsStore.getState();
    const edit = diffTexts(text, map.text);
    const pieces = piecesFor(findings, map, edit);
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
    this.scheduleMeasure();
    this.onPaint?.(edit === null);
  }

  /** Rebuild the Highlight objects from the cache (cheap: no DOM walking, no layout). */
  apply(): void {
    const activeId = useFindingsStore.getState().activeId;
    const byName = new Map<string, Range[]>();
    const all: DrawnPiece[] = [];
    const visible: DrawnPiece[] = [];
    const add = (name: string, range: Range) => (byName.get(name) ?? byName.set(name, []).get(name)!).push(range);
    for (const [key, drawing] of this.cache) {
      const near = this.nearKeys.has(key);
      for (const d of drawing.drawn) {
        all.push(d);
        if (!near) continue;
        visible.push(d);
        add(highlightName(d.piece.finding.check), d.range);
        if (d.piece.finding.id === activeId) add(ACTIVE_HIGHLIGHT, d.range);
      }
    }
    this.pieces = all;
    this.visible = visible;
    if (!highlightsSupported()) return;
    // Change the registered highlights only where they differ: each change costs the browser a
    // revalidation of every highlight, so an unchanged paint must change nothing.
    for (const name of [...CHECK_NAMES.map(highlightName), ACTIVE_HIGHLIGHT]) {
      const want = byName.get(name) ?? [];
      const current = CSS.highlights.get(name);
      if (want.length === 0) {
        if (current) CSS.highlights.delete(name);
        continue;
      }
      if (!current) {
        CSS.highlights.set(name, new Highlight(...want));
        continue;
      }
      const wanted = new Set(want);
      const stale = [...current].filter((r) => !wanted.has(r as Range));
      for (const r of stale) current.delete(r);
      for (const r of want) if (!current.has(r)) current.add(r);
    }
  }

  /** Measure which blocks are near the viewport in the next frame (at most once a frame). */
  private scheduleMeasure(): void {
    if (this.measureFrame) return;
    if (typeof requestAnimationFrame === 'undefined') {
      this.measureNear();
      return;
    }
    this.measureFrame = requestAnimationFrame(() => {
      this.measureFrame = 0;
      this.measureNear();
    });
  }

  /**
   * Blocks whose box lies in the window or within NEAR_MARGIN of it. Blocks are in
   * document order, so their boxes are too: a binary search finds the first near one, then a
   * walk collects the rest. In an animation frame the layout is about to be done anyway, so the
   * reads cost no extra layout.
   */
  private measureNear(): void {
    const map = this.map;
    if (!map) return;
    const height = typeof window === 'undefined' ? 0 : window.innerHeight;
    const elements = map.blocks.map((b) => this.editor.getElementByKey(b.key));
    let near: Set<string>;
    if (height === 0) {
      // No layout to measure (unit tests): every block counts as near.
      near = new Set(map.blocks.map((b) => b.key));
    } else {
      near = new Set();
      const band = this.visibleBand(height);
      const top = band.top - NEAR_MARGIN * height;
      const bottom = band.bottom + NEAR_MARGIN * height;
      const rectOf = (i: number) => elements[i]?.getBoundingClientRect() ?? null;
      let lo = 0;
      let hi = elements.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const r = rectOf(mid);
        if (r && r.bottom < top) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < elements.length; i++) {
        const r = rectOf(i);
        if (!r) continue;
        if (r.top > bottom) break;
        near.add(map.blocks[i]!.key);
      }
    }
    if (near.size === this.nearKeys.size && [...near].every((k) => this.nearKeys.has(k))) return;
    this.nearKeys = near;
    this.apply();
  }

  /**
   * The stretch of the window where the editor's text can be seen: its scroller's box clipped to
   * the window. Text under the bars above and below the scroller is hidden, so it needs no
   * underline (each one costs a repaint of its paragraph per keystroke).
   */
  private visibleBand(height: number): { top: number; bottom: number } {
    const root = this.editor.getRootElement();
    if (root !== this.scrollerRoot) {
      this.scrollerRoot = root;
      this.scroller = root && scrollingAncestor(root);
    }
    const box = this.scroller?.getBoundingClientRect();
    return box ? { top: Math.max(0, box.top), bottom: Math.min(height, box.bottom) } : { top: 0, bottom: height };
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
    for (const d of this.visible) {
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
    if (this.measureFrame) cancelAnimationFrame(this.measureFrame);
    if (typeof window !== 'undefined') {
      document.removeEventListener('scroll', this.onViewportChange, { capture: true });
      window.removeEventListener('resize', this.onViewportChange);
    }
    this.cache.clear();
    this.pieces = [];
    this.visible = [];
    if (highlightsSupported()) for (const name of [...CHECK_NAMES.map(highlightName), ACTIVE_HIGHLIGHT]) CSS.highlights.delete(name);
  }
}
