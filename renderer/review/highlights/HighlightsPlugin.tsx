/**
 * Wavy underlines for findings, a tooltip with the message on hover, and the message of the
 * finding under the caret in a polite live region for screen readers. Reads the findings store;
 * never writes to the editor.
 */
import { useEffect, useRef, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import type { Finding } from '../../../shared/analysis/types.ts';
import { useFindingsStore } from '../../stores/findings.ts';
import { CHECK_LABEL } from '../checkStyle.ts';
import { HighlightPainter } from './painter.ts';

/**
 * Redraw this long after the last keystroke if no new result arrives first (a result arrives
 * 100-200 ms after typing stops, see analysis/typingPause.ts, and paints at once, so this is
 * only the fallback).
 */
const REPAINT_AFTER_TYPING_MS = 400;
const ANNOUNCE_AFTER_MS = 400;

interface Tip {
  x: number;
  y: number;
  findings: Finding[];
}

export const FINDINGS_PAINTED_EVENT = 'copydesk:findings-painted';

export function HighlightsPlugin(): React.JSX.Element {
  const [editor] = useLexicalComposerContext();
  const painterRef = useRef<HighlightPainter | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    const painter = new HighlightPainter(editor);
    painterRef.current = painter;
    // Announced for the typing benchmark, which times keystroke → findings drawn for that text.
    painter.onPaint = (upToDate) => {
      window.dispatchEvent(new CustomEvent(FINDINGS_PAINTED_EVENT, { detail: { upToDate, revision: useFindingsStore.getState().revision } }));
    };
    const unsubscribe = useFindingsStore.subscribe((s, prev) => {
      if (s.revision !== prev.revision) painter.paint();
      else if (s.activeId !== prev.activeId) painter.apply();
    });
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      painter.invalidate(dirtyElements.keys());
      painter.schedule(REPAINT_AFTER_TYPING_MS);
    });
    painter.paint();
    return () => {
      unsubscribe();
      unregister();
      painter.dispose();
      painterRef.current = null;
    };
  }, [editor]);

  // Hover: hit-test the underlines at most once a frame.
  useEffect(() => {
    let frame = 0;
    let last: MouseEvent | null = null;
    let lastX = -1;
    let lastY = -1;
    const onMove = (event: MouseEvent) => {
      // Chromium sends synthetic mousemoves after every layout under a resting pointer (so on
      // every keystroke); hit-testing then would force layout while the user types.
      if (event.clientX === lastX && event.clientY === lastY) return;
      lastX = event.clientX;
      lastY = event.clientY;
      last = event;
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const painter = painterRef.current;
        if (!painter || !last) return;
        const { findings, rect } = painter.findingsAtPoint(last.clientX, last.clientY);
        setTip(findings.length && rect ? { x: rect.left, y: rect.bottom + 6, findings } : null);
      });
    };
    const onLeave = () => setTip(null);
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('mousemove', onMove);
      previous?.removeEventListener('mouseleave', onLeave);
      root?.addEventListener('mousemove', onMove);
      root?.addEventListener('mouseleave', onLeave);
    });
  }, [editor]);

  // Caret: announce the finding under it once the caret rests.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastSaid = '';
    const unregister = editor.registerUpdateListener(({ editorState }) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        const painter = painterRef.current;
        if (!painter) return;
        const point = editorState.read(() => {
          const s = $getSelection();
          return $isRangeSelection(s) && s.isCollapsed() ? { key: s.anchor.key, offset: s.anchor.offset } : null;
        });
        const offset = point && painter.offsetOf(point.key, point.offset);
        const found = offset === null || offset === undefined ? [] : painter.findingsAtOffset(offset);
        const say = found.map((f) => `${CHECK_LABEL[f.check]}: ${f.message}`).join(' ');
        if (say !== lastSaid) {
          lastSaid = say;
          setAnnouncement(say);
        }
      }, ANNOUNCE_AFTER_MS);
    });
    return () => {
      unregister();
      if (timer) clearTimeout(timer);
    };
  }, [editor]);

  return (
    <>
      <div className="cd-visually-hidden" role="status" aria-live="polite" data-testid="finding-under-caret">
        {announcement}
      </div>
      {tip && (
        <div className="cd-finding-tip" role="tooltip" style={{ left: tip.x, top: tip.y }}>
          {tip.findings.map((f) => (
            <p key={f.id}>
              <strong>{CHECK_LABEL[f.check]}</strong> {f.message}
            </p>
          ))}
        </div>
      )}
    </>
  );
}
