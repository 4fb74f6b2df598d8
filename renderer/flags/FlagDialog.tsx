/**
 * The small dialog that turns a selection into a flag: category and note, plus the user's name
 * the first time (it is kept in preferences and shown on every flag they make).
 */
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { LexicalEditor } from 'lexical';
import { FlagCategory } from '../../shared/article/schema.ts';
import { useFlagsStore, type FlagDraft } from '../stores/flags.ts';
import { usePreferences } from '../stores/preferences.ts';
import { CATEGORY_LABEL, createFlag } from './actions.ts';

export function FlagDialog({ editor, draft }: { editor: LexicalEditor; draft: FlagDraft }): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  const savedAuthor = usePreferences((s) => s.settings?.authorName ?? '');
  const [category, setCategory] = useState<FlagCategory>('fact');
  const [note, setNote] = useState('');
  const [author, setAuthor] = useState(savedAuthor);
  const [error, setError] = useState<string | null>(null);
  const askName = !savedAuthor;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const close = () => {
    useFlagsStore.getState().closeDraft();
    editor.focus();
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (askName && !author.trim()) {
      setError('Type your name: it is shown on the flags you make.');
      return;
    }
    if (askName) {
      // Saved once; a failure here must not lose the flag, so it only shows a message.
      usePreferences.getState().set({ authorName: author.trim() }).catch((err: Error) => setError(err.message));
    }
    const flag = createFlag(editor, draft, { category, note, author: author.trim() || savedAuthor });
    if (!flag) {
      setError('The selected text changed before the flag was made. Select it again.');
      return;
    }
    useFlagsStore.getState().closeDraft();
  }

  const shown = draft.text.length > 140 ? `${draft.text.slice(0, 140)}…` : draft.text;
  return (
    <dialog ref={ref} className="dialog cd-flag-dialog" aria-labelledby="flag-dialog-title" onCancel={(e) => { e.preventDefault(); close(); }}>
      <form onSubmit={submit}>
        <h2 id="flag-dialog-title">Flag this text</h2>
        <blockquote className="cd-flag-quote">{shown}</blockquote>
        <fieldset className="cd-flag-categories">
          <legend>Category</legend>
          {FlagCategory.options.map((c) => (
            <label key={c} className="cd-radio">
              <input type="radio" name="flag-category" value={c} checked={category === c} onChange={() => setCategory(c)} />
              {CATEGORY_LABEL[c]}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>Note</span>
          <textarea autoFocus={!askName} rows={3} maxLength={5000} value={note} onChange={(e) => setNote(e.target.value)} placeholder="What should be checked?" />
        </label>
        {askName && (
          <label className="field">
            <span>Your name</span>
            <input autoFocus maxLength={200} value={author} onChange={(e) => setAuthor(e.target.value)} placeholder="Shown on your flags (asked once)" />
          </label>
        )}
        {error && <p className="cd-error" role="alert">{error}</p>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={close}>Cancel</button>
          <button type="submit" className="btn btn-primary">Add flag</button>
        </div>
      </form>
    </dialog>
  );
}
