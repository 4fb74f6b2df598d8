/**
 * Preferences → House style: the library's style book as a list of preferred forms with the
 * variants they replace. Add, edit and remove rows, then "Save house style" writes
 * style-book.json in the library folder for everyone who uses it; open articles are checked
 * again at once. A damaged file is shown with what is wrong and stays untouched until a new book
 * is saved over it deliberately (the old file is then kept beside it as a backup).
 *
 * It sits inside the Preferences form, whose Save is for the other settings: Enter in these
 * fields never submits that form (in the new-entry fields it adds the entry).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { entriesOf, rowOf, rowsOf, sameEntries, type DraftRow } from './draft.ts';
import { useStyleBook } from './store.ts';
import './houseStyle.css';

export function HouseStyleSection(): ReactNode {
  const titleId = useId();
  const file = useStyleBook((s) => s.file);
  const loadError = useStyleBook((s) => s.loadError);
  const [rows, setRows] = useState<DraftRow[]>(() => rowsOf(file?.entries ?? []));
  const [newPreferred, setNewPreferred] = useState('');
  const [newVariants, setNewVariants] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const newPreferredRef = useRef<HTMLInputElement>(null);
  // The version the rows were filled from: a newer file on disk refills them unless edited.
  const shownVersion = useRef<string | null | undefined>(file ? file.version : undefined);

  useEffect(() => {
    // A colleague may have changed the book since the app started.
    void useStyleBook.getState().load();
  }, []);

  const dirty = file ? !sameEntries(rows, file.entries) : rows.length > 0;
  useEffect(() => {
    if (!file || file.version === shownVersion.current) return;
    shownVersion.current = file.version;
    if (!dirty) setRows(rowsOf(file.entries));
    // Only a newly loaded file refills the rows, never an edit of them: `dirty` is read, not a dependency.
  }, [file]);

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

  async function save() {
    const check = entriesOf(rows);
    if (!check.ok) {
      setMessage({ kind: 'error', text: check.message });
      return;
    }
    setBusy(true);
    try {
      const saved = await useStyleBook.getState().save(check.entries);
      shownVersion.current = saved.version;
      setRows(rowsOf(saved.entries));
      const n = saved.entries.length;
      const kept = saved.backupPath && file?.problem ? ` The damaged file is kept as ${baseName(saved.backupPath)}.` : '';
      setMessage({ kind: 'done', text: `Saved: ${n} ${n === 1 ? 'entry' : 'entries'}. Open articles are checked with it now.${kept}` });
    } catch (err) {
      setMessage({ kind: 'error', text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  }

  function keepEnterHere(e: KeyboardEvent<HTMLInputElement>, onEnter?: () => void) {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    onEnter?.();
  }

  const problem = file?.problem ?? null;
  const count = file?.entries.length ?? 0;
  return (
    <section className="house-style" aria-labelledby={titleId}>
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
          {problem ? 'Save over the damaged file' : 'Save house style'}
        </button>
      </div>
    </section>
  );
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
