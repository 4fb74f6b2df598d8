/**
 * Preferences: author name (shown on flags), the library folder (changeable where the host
 * allows it; the web host takes it from --library) and the theme. Changes are written through
 * to the host when the user presses Save; a refusal is shown, nothing else changes.
 */
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Settings } from '../../shared/contract/settings.ts';
import { usePreferences } from '../stores/preferences.ts';
import { HouseStyleSection } from '../stylebook/HouseStyleSection.tsx';

export function PreferencesDialog({ onClose, onLibraryChanged }: { onClose(): void; onLibraryChanged(): void }): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  const settings = usePreferences((s) => s.settings);
  const info = usePreferences((s) => s.info);
  const [authorName, setAuthorName] = useState(settings?.authorName ?? '');
  const [theme, setTheme] = useState<Settings['theme']>(settings?.theme ?? 'system');
  const [libraryDir, setLibraryDir] = useState(settings?.libraryDir ?? info?.libraryDir ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const libraryEditable = info?.host === 'electron';

  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const libraryChanged = libraryEditable && libraryDir.trim() !== (settings?.libraryDir ?? '');
      await usePreferences.getState().set({
        authorName: authorName.trim(),
        theme,
        ...(libraryChanged ? { libraryDir: libraryDir.trim() } : {}),
      });
      if (libraryChanged) onLibraryChanged();
      onClose();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={ref} className="dialog prefs-dialog" aria-labelledby="prefs-title" onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <form onSubmit={save}>
        <h2 id="prefs-title">Preferences</h2>
        <label className="field">
          <span>Your name</span>
          <input autoFocus value={authorName} maxLength={200} onChange={(e) => setAuthorName(e.target.value)} placeholder="Shown on your flags and notes" />
        </label>
        <label className="field">
          <span>Library folder</span>
          <input value={libraryDir} readOnly={!libraryEditable} onChange={(e) => setLibraryDir(e.target.value)} aria-describedby="library-hint" />
          <small id="library-hint" className="hint">
            {libraryEditable
              ? 'Articles are saved here, one file each. Pick a folder you back up.'
              : 'In the browser the library is the folder the web host was started with (--library DIR).'}
          </small>
        </label>
        <fieldset className="field">
          <legend>Theme</legend>
          <div className="segmented">
            {(['system', 'light', 'dark'] as const).map((t) => (
              <label key={t}>
                <input type="radio" name="theme" value={t} checked={theme === t} onChange={() => setTheme(t)} />
                <span>{t === 'system' ? 'Match system' : t === 'light' ? 'Light' : 'Dark'}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <HouseStyleSection />
        {error && <p className="field-error" role="alert">{error}</p>}
        <div className="dialog-actions">
          <span className="spacer" />
          <button type="button" className="btn" onClick={onClose}>Cancel</button>
          <button type="submit" className="btn btn-primary" disabled={busy}>Save</button>
        </div>
      </form>
    </dialog>
  );
}
