/**
 * Preferences → House style: the library's style book as a list of preferred forms with the
 * variants they replace. Add, edit and remove rows, then "Apply to library" (or the dialog's own
 * Save) writes style-book.json in the library folder for everyone who uses it; open articles are
 * checked again at once. A damaged file is shown with what is wrong and stays untouched until a
 * new book is saved over it deliberately (the old file is then kept beside it as a backup).
 *
 * It sits inside the Preferences form: Enter in these fields never submits that form (in the
 * new-entry fields it adds the entry), and the form's Save waits for the book to be saved.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { entriesOf, rowOf, rowsOf, sameEntries, type DraftRow } from './draft.ts';
import type { StyleBookEntry } from '../../shared/contract/styleBook.ts';
import { useStyleBook } from './store.ts';
import './houseStyle.css';

interface Base {
  version: string | null;
  entries: StyleBookEntry[];
}

export function HouseStyleSection(): ReactNode {
  const titleId = useId();
  const file = useStyleBook((s) => s.file);
  const loadError = useStyleBook((s) => s.loadError);
  // What the rows were filled from: unsaved changes are measured against it, and a save is made
  // over its version, so a colleague's newer book is refused ('conflict'), never overwritten.
  const [base, setBase] = useState<Base | null>(() => (file ? { version: file.version, entries: file.entries } : null));
  const [rows, setRows] = useState<DraftRow[]>(() => rowsOf(file?.entries ?? []));
  const [newPreferred, setNewPreferred] = useState('');
  const [newVariants, setNewVariants] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const sectionRef = useRef<HTMLElement>(null);
  const newPreferredRef = useRef<HTMLInputElement>(null);
  // A new entry typed but not yet added counts too: saving without pressing Add keeps it.
  const typedRows = newPreferred.trim() || newVariants.trim() ? [...rows, { key: -1, preferred: newPreferred, variants: newVariants }] : rows;
  const dirty = !sameEntries(typedRows, base?.entries ?? []);

  useEffect(() => {
    // A colleague may have changed the book since the app started.
    void useStyleBook.getState().load();
  }, []);

  useEffect(() => {
    // A newly loaded file refills the rows unless they hold edits; an edit never refills them
    // (`dirty` is read here, not a dependency).
    if (!file || (base && file.version === base.version) || dirty) return;
    setBase({ version: file.version, entries: file.entries });
    setRows(rowsOf(file.entries));
  }, [file]);

  // The Preferences form's own Save applies unsaved house style too: the book is saved first and
  // the form is submitted once that has worked, so a refusal keeps the dialog (and the edits) open.
  const saveRef = useRef<() => Promise<boolean>>(async () => true);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  useEffect(() => {
    const form = sectionRef.current?.closest('form');
    if (!form) return;
    let resubmitting = false;
    const onSubmit = (e: SubmitEvent) => {
      if (resubmitting || !dirtyRef.current) return;
      // Stops the event before React's handler (at the root) sees it.
      e.preventDefault();
      e.stopPropagation();
      void saveRef.current().then((saved) => {
        if (!saved) return;
        resubmitting = true;
        form.requestSubmit();
        resubmitting = false;
      });
    };
    form.addEventListener('submit', onSubmit);
    return () => form.removeEventListener('submit', onSubmit);
  }, []);

  function edit(key: number, change: Partial<DraftRow>) {
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...change } : r)));
    setMessage(null);
  }

  function remove(row: DraftRow) {
    setRows((rs) => rs.filter((r) => r.key !== row.key));
    setMessage(null);
    newPreferredRef.current?.focus();
  }

  function add() {
    if (!newPreferred.trim() && !newVariants.trim()) {
      newPreferredRef.current?.focus();
      return;
    }
    const next = [...rows, rowOf(newPreferred, newVariants)];
    const check = entriesOf(next);
    if (!check.ok) {
      setMessage({ kind: 'error', text: check.message });
      return;
    }
    setRows(next);
    setNewPreferred('');
    setNewVariants('');
    setMessage(null);
    newPreferredRef.current?.focus();
  }

  async function save(): Promise<boolean> {
    const check = entriesOf(typedRows);
    if (!check.ok) {
      setMessage({ kind: 'error', text: check.message });
      return false;
    }
    setBusy(true);
    try {
      const replacedDamaged = !!file?.problem;
      const saved = await useStyleBook.getState().save(check.entries, base?.version ?? null);
      setBase({ version: saved.version, entries: saved.entries });
      setRows(rowsOf(saved.entries));
      setNewPreferred('');
      setNewVariants('');
      const n = saved.entries.length;
      const kept = saved.backupPath && replacedDamaged ? ` The damaged file is kept as ${baseName(saved.backupPath)}.` : '';
      setMessage({ kind: 'done', text: `Saved: ${n} ${n === 1 ? 'entry' : 'entries'}. Open articles are checked with it now.${kept}` });
      return true;
    } catch (err) {
      setMessage({ kind: 'error', text: err instanceof Error ? err.message : String(err) });
      return false;
    } finally {
      setBusy(false);
    }
  }
  saveRef.current = save;

  function keepEnterHere(e: KeyboardEvent<HTMLInputElement>, onEnter?: () => void) {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    onEnter?.();
  }

  const problem = file?.problem ?? null;
  const count = file?.entries.length ?? 0;
  return (
    <section ref={sectionRef} className="house-style" aria-labelledby={titleId}>
      <div className="house-style-head">
        <h3 id={titleId}>House style</h3>
        <span className="hint">{problem ? 'Not in use' : `${count} ${count === 1 ? 'entry' : 'entries'} in use`}</span>
      </div>
      <p className="hint house-style-intro">
        Preferred spellings for everyone who uses this library. A variant in the text is flagged, with the preferred form as its fix. Kept in <code>style-book.json</code> in the library folder.
      </p>
      {loadError && <p className="field-error" role="alert">The house style book could not be loaded: {loadError}</p>}
      {problem && (
        <div className="house-style-problem" role="alert">
          <strong>The house style file cannot be used, so no house style is checked.</strong>
          <span>{problem}</span>
        </div>
      )}
      {rows.length > 0 && (
        <div className="house-style-columns" aria-hidden="true">
          <span>Preferred form</span>
          <span>Variants it replaces, separated by commas</span>
        </div>
      )}
      <ul className="house-style-list" aria-label="House style entries">
        {rows.length === 0 && <li className="house-style-empty">No entries yet.</li>}
        {rows.map((row, i) => {
          const name = row.preferred.trim() || `entry ${i + 1}`;
          return (
            <li key={row.key} className="house-style-row">
              <input
                aria-label={`Preferred form, entry ${i + 1}`}
                value={row.preferred}
                maxLength={200}
                onChange={(e) => edit(row.key, { preferred: e.target.value })}
                onKeyDown={(e) => keepEnterHere(e)}
              />
              <input
                aria-label={`Variants of ${name}`}
                value={row.variants}
                onChange={(e) => edit(row.key, { variants: e.target.value })}
                onKeyDown={(e) => keepEnterHere(e)}
              />
              <button type="button" className="icon-btn house-style-remove" aria-label={`Remove ${name}`} title={`Remove ${name}`} onClick={() => remove(row)}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <div className="house-style-row house-style-new">
        <input
          ref={newPreferredRef}
          aria-label="New preferred form"
          placeholder="Add a preferred form"
          value={newPreferred}
          maxLength={200}
          onChange={(e) => setNewPreferred(e.target.value)}
          onKeyDown={(e) => keepEnterHere(e, add)}
        />
        <input
          aria-label="Its variants"
          placeholder="…and the variants it replaces"
          value={newVariants}
          onChange={(e) => setNewVariants(e.target.value)}
          onKeyDown={(e) => keepEnterHere(e, add)}
        />
        <button type="button" className="btn btn-small" onClick={add}>Add</button>
      </div>
      <div className="house-style-foot">
        <p className={message?.kind === 'error' ? 'house-style-message field-error' : 'house-style-message hint'} role="status">
          {message?.text ?? (dirty ? 'Unsaved changes to the house style.' : '')}
        </p>
        <button type="button" className={dirty || problem ? 'btn btn-small btn-primary' : 'btn btn-small'} disabled={busy || (!dirty && !problem)} onClick={() => void save()}>
          {problem ? 'Replace the damaged file' : 'Apply to library'}
        </button>
      </div>
    </section>
  );
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
