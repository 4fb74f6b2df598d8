/**
 * What the fact-check panel does with a finding: jump to it, apply its fix, unify a name, or
 * dismiss it for this article. Finding offsets refer to the text the worker analysed; they are
 * carried over any edit made since (and a span the edit went through is left alone).
 */
import { $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import type { Finding } from '../../shared/analysis/types.ts';
import type { Dismissal } from '../../shared/article/schema.ts';
import { diffTexts, shiftSpan } from '../analysis/shift.ts';
import { replaceSpans, selectSpan, type SpanEdit } from '../review/editorOps.ts';
import { $buildTextMap } from '../review/highlights/textMap.ts';
import { useArticle } from '../stores/article.ts';
import { useFindingsStore } from '../stores/findings.ts';

function currentText(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => $getRoot().getTextContent());
}

/** Spans of the analysed text moved into the editor's current text (null = edited away). */
function toCurrent(editor: LexicalEditor, spans: ReadonlyArray<[number, number]>): Array<[number, number] | null> {
  const edit = diffTexts(useFindingsStore.getState().text, currentText(editor));
  return spans.map(([s, e]) => shiftSpan(edit, s, e));
}

export function jumpToFinding(editor: LexicalEditor, finding: Finding): boolean {
  const [span] = toCurrent(editor, [[finding.start, finding.end]]);
  useFindingsStore.getState().setActive(finding.id);
  return span ? selectSpan(editor, span[0], span[1]) : false;
}

/** Replace the finding's span with its suggestion ('' removes it). */
export function applySuggestion(editor: LexicalEditor, finding: Finding): number {
  if (finding.suggestion === undefined) return 0;
  const [span] = toCurrent(editor, [[finding.start, finding.end]]);
  if (!span) return 0;
  return replaceSpans(editor, [{ start: span[0], end: span[1], replacement: finding.suggestion }]);
}

/** Every spelling of a name finding becomes `form`, in one undoable step. */
export function unifyName(editor: LexicalEditor, finding: Finding, form: string): number {
  const ranges = (finding.variants ?? []).filter((v) => v.text !== form).flatMap((v) => v.ranges.map((r) => [r[0], r[1]] as [number, number]));
  const edits: SpanEdit[] = [];
  toCurrent(editor, ranges).forEach((span) => {
    if (span) edits.push({ start: span[0], end: span[1], replacement: form });
  });
  return edits.length ? replaceSpans(editor, edits) : 0;
}

export function dismissFinding(finding: Finding, reason: Dismissal['reason']): void {
  const article = useArticle.getState().article;
  if (!article || article.dismissed.some((d) => d.findingId === finding.id)) return;
  useArticle.getState().update({
    dismissed: [...article.dismissed, { findingId: finding.id, reason, at: new Date().toISOString() }],
  });
  // Hide it at once; the worker's next result leaves it out too.
  const store = useFindingsStore.getState();
  useFindingsStore.setState({
    findings: store.findings.filter((f) => f.id !== finding.id),
    shownFindings: store.shownFindings.filter((f) => f.id !== finding.id),
    revision: store.revision + 1,
  });
}

export function undismissAll(): void {
  useArticle.getState().update({ dismissed: [] });
}

/** The caret's offset in the editor's plain text, or null without a selection. */
export function caretOffset(editor: LexicalEditor): number | null {
  return editor.getEditorState().read(() => {
    const s = $getSelection();
    if (!$isRangeSelection(s)) return null;
    const map = $buildTextMap();
    for (const b of map.blocks) for (const seg of b.segments) if (seg.key === s.focus.key) return seg.start + s.focus.offset;
    return null;
  });
}

/** The next (or previous) finding from the caret, wrapping around the article. */
export function neighbourFinding(editor: LexicalEditor, findings: readonly Finding[], direction: 1 | -1): Finding | null {
  if (findings.length === 0) return null;
  const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  const activeId = useFindingsStore.getState().activeId;
  const active = sorted.findIndex((f) => f.id === activeId);
  const caret = caretOffset(editor);
  if (caret === null && active >= 0) return sorted[(active + direction + sorted.length) % sorted.length]!;
  const at = caret ?? -1;
  if (direction === 1) return sorted.find((f) => f.start > at || (f.start === at && f.id !== activeId)) ?? sorted[0]!;
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i]!.end < at || (sorted[i]!.start < at && sorted[i]!.id !== activeId)) return sorted[i]!;
  return sorted[sorted.length - 1]!;
}
