/**
 * Brings the editor's selection up to the browser's before a key is handled.
 *
 * Lexical learns that the keyboard moved the selection (Shift+arrows, Home, End...) from the
 * document's `selectionchange` event, which the browser queues as an ordinary task; a keydown is
 * input, which Chromium runs first while tasks wait. So when the page is busy for a moment (a
 * panel re-rendering after a check, say) a shortcut pressed right after Shift+ArrowLeft is
 * handled while Lexical still holds the selection of some keys before: Ctrl+K linked "he ruling"
 * or " ruling" instead of "the ruling", Ctrl+B would bold the wrong span, and the flag dialog
 * would anchor the wrong text. Here, in the capture phase of every keydown in the body (before
 * Lexical's own handler), the selection is read from the DOM and, when it differs from the
 * editor's, set in one synchronous update. The common case — nothing pending — is told by
 * comparing the two ends with the DOM nodes Lexical rendered, without resolving anything.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelectionFromDom,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  SKIP_DOM_SELECTION_TAG,
  type LexicalEditor,
  type PointType,
  type RangeSelection,
} from 'lexical';

/** The DOM's selection as a Lexical selection when it is ahead of the editor's, else null. */
function $selectionAhead(editor: LexicalEditor, dom: Selection): RangeSelection | null {
  const current = $getSelection();
  // A node selection (an image, a rule) is not the DOM's to overrule.
  if (current !== null && !$isRangeSelection(current)) return null;
  const fromDom = $createRangeSelectionFromDom(dom, editor);
  if (fromDom === null) return null;
  if (current && fromDom.anchor.is(current.anchor) && fromDom.focus.is(current.focus)) return null;
  if (current && fromDom.anchor.key === current.anchor.key) {
    // As Lexical does on selectionchange: a format toggled at the caret (Ctrl+I, then type)
    // stays while the caret stays in the same text.
    fromDom.format = current.format;
    fromDom.style = current.style;
  }
  return fromDom;
}

/** The DOM text node and offset a Lexical text point stands for (null for element points). */
function domPointOf(editor: LexicalEditor, point: PointType): [Node | null, number] | null {
  if (point.type !== 'text') return null;
  const element = editor.getElementByKey(point.key);
  return element ? [element.firstChild, point.offset] : null;
}

/** The usual case, checked without resolving the DOM selection: both ends already agree. */
function inStep(editor: LexicalEditor, dom: Selection): boolean {
  const current = editor.getEditorState().read(() => $getSelection());
  if (!$isRangeSelection(current)) return false;
  const anchor = domPointOf(editor, current.anchor);
  const focus = domPointOf(editor, current.focus);
  return !!anchor && !!focus && anchor[0] === dom.anchorNode && anchor[1] === dom.anchorOffset && focus[0] === dom.focusNode && focus[1] === dom.focusOffset;
}

export function syncSelectionFromDom(editor: LexicalEditor): boolean {
  const root = editor.getRootElement();
  const dom = root?.ownerDocument.defaultView?.getSelection() ?? null;
  if (!root || !dom || dom.rangeCount === 0 || editor.isComposing()) return false;
  if (!root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) return false;
  if (inStep(editor, dom)) return false;
  if (!editor.read(() => $selectionAhead(editor, dom))) return false;
  editor.update(
    () => {
      const next = $selectionAhead(editor, dom);
      if (next) $setSelection(next);
    },
    // The DOM already shows this selection; only the editor's copy is behind.
    { discrete: true, tag: SKIP_DOM_SELECTION_TAG },
  );
  return true;
}

export function SelectionSyncPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing) return;
      syncSelectionFromDom(editor);
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('keydown', onKeyDown, { capture: true });
      root?.addEventListener('keydown', onKeyDown, { capture: true });
    });
  }, [editor]);
  return null;
}
