/**
 * What can be done to a flag. Metadata goes through the article store (so it is saved with the
 * article); the anchor is a MarkNode carrying the flag's id, changed in the editor.
 */
import {
  $createRangeSelection,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $setSelection,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $isMarkNode, $unwrapMarkNode, $wrapSelectionInMarkNode, type MarkNode } from '@lexical/mark';
import type { Flag, FlagCategory } from '../../shared/article/schema.ts';
import { useArticle } from '../stores/article.ts';
import type { FlagDraft } from '../stores/flags.ts';

export const CATEGORY_LABEL: Record<FlagCategory, string> = {
  name: 'Name / spelling',
  fact: 'Fact',
  quote: 'Quote',
  style: 'Style',
  legal: 'Legal',
  other: 'Other',
};

export function newFlagId(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `flag-${Date.now().toString(36)}-${random[0]!.toString(36)}${random[1]!.toString(36)}`;
}

/** The current selection as a draft for the flag dialog, or null when nothing is selected. */
export function draftFromSelection(editor: LexicalEditor): FlagDraft | null {
  return editor.getEditorState().read(() => {
    const s = $getSelection();
    if (!$isRangeSelection(s) || s.isCollapsed()) return null;
    const text = s.getTextContent();
    if (!text.trim()) return null;
    return {
      anchor: { key: s.anchor.key, offset: s.anchor.offset },
      focus: { key: s.focus.key, offset: s.focus.offset },
      isBackward: s.isBackward(),
      text,
    };
  });
}

export function $marksWithFlag(id: string): MarkNode[] {
  const out: MarkNode[] = [];
  const visit = (node: LexicalNode) => {
    if ($isMarkNode(node) && node.hasID(id)) out.push(node);
    if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return out;
}

/** Wrap the draft's span in a mark and save the flag with the article. */
export function createFlag(
  editor: LexicalEditor,
  draft: FlagDraft,
  fields: { category: FlagCategory; note: string; author: string },
): Flag | null {
  const id = newFlagId();
  let wrapped = false;
  editor.update(
    () => {
      const selection = $createRangeSelection();
      selection.anchor.set(draft.anchor.key, draft.anchor.offset, 'text');
      selection.focus.set(draft.focus.key, draft.focus.offset, 'text');
      try {
        $wrapSelectionInMarkNode(selection, draft.isBackward, id);
        wrapped = $marksWithFlag(id).length > 0;
      } catch {
        wrapped = false; // the text changed under the dialog; nothing to anchor to
      }
      $setSelection(null);
    },
    { discrete: true },
  );
  if (!wrapped) return null;
  const flag: Flag = {
    id,
    category: fields.category,
    note: fields.note.trim(),
    author: fields.author.trim(),
    createdAt: new Date().toISOString(),
    status: 'open',
    resolvedAt: null,
    text: draft.text.slice(0, 5000),
  };
  const article = useArticle.getState().article;
  useArticle.getState().update({ flags: [...(article?.flags ?? []), flag] });
  return flag;
}

export function setFlagStatus(id: string, status: Flag['status']): void {
  const article = useArticle.getState().article;
  if (!article) return;
  useArticle.getState().update({
    flags: article.flags.map((f) =>
      f.id === id ? { ...f, status, resolvedAt: status === 'resolved' ? new Date().toISOString() : null } : f,
    ),
  });
}

export function setFlagNote(id: string, note: string): void {
  const article = useArticle.getState().article;
  if (!article) return;
  useArticle.getState().update({ flags: article.flags.map((f) => (f.id === id ? { ...f, note } : f)) });
}

/** Remove the flag and unwrap its mark (the text stays). */
export function deleteFlag(editor: LexicalEditor, id: string): void {
  editor.update(
    () => {
      for (const mark of $marksWithFlag(id)) {
        mark.deleteID(id);
        if (mark.getIDs().length === 0) $unwrapMarkNode(mark);
      }
    },
    { discrete: true },
  );
  const article = useArticle.getState().article;
  if (!article) return;
  useArticle.getState().update({ flags: article.flags.filter((f) => f.id !== id) });
}

/** Select the flagged text and bring it into view. */
export function jumpToFlag(editor: LexicalEditor, id: string): boolean {
  let found = false;
  editor.update(
    () => {
      const marks = $marksWithFlag(id);
      const first = marks[0];
      const last = marks[marks.length - 1];
      if (!first || !last) return;
      const selection = $createRangeSelection();
      const firstText = first.getFirstDescendant();
      const lastText = last.getLastDescendant();
      if (!firstText || !lastText) return;
      selection.anchor.set(firstText.getKey(), 0, 'text');
      selection.focus.set(lastText.getKey(), lastText.getTextContentSize(), 'text');
      $setSelection(selection);
      found = true;
    },
    { discrete: true },
  );
  if (found) {
    editor.focus();
    editor.getEditorState().read(() => {
      const key = $marksWithFlag(id)[0]?.getKey();
      if (key) editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
    });
  }
  return found;
}
