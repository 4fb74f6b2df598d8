/**
 * Asks for a link address (Ctrl+K or the toolbar's Link button). A real dialog rather than
 * window.prompt, which Electron does not support; Escape cancels, an empty address removes the
 * link.
 */
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { normaliseLinkInput } from './links.ts';

export interface LinkDialogProps {
  initialUrl: string;
  onSubmit(url: string | null): void;
  onCancel(): void;
}

export function LinkDialog({ initialUrl, onSubmit, onCancel }: LinkDialogProps): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  const [value, setValue] = useState(initialUrl);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!value.trim()) return onSubmit(null);
    const url = normaliseLinkInput(value);
    if (!url) return setError('Use a web address (https://…) or an e-mail address.');
    onSubmit(url);
  }

  return (
    <dialog ref={ref} className="dialog link-dialog" aria-labelledby="link-dialog-title" onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <form onSubmit={submit}>
        <h2 id="link-dialog-title">Link</h2>
        <label className="field">
          <span>Address</span>
          <input
            autoFocus
            type="text"
            inputMode="url"
            value={value}
            placeholder="https://example.com"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'link-dialog-error' : undefined}
            onChange={(e) => { setValue(e.target.value); setError(null); }}
          />
        </label>
        {error && <p id="link-dialog-error" className="field-error" role="alert">{error}</p>}
        <div className="dialog-actions">
          {initialUrl && <button type="button" className="btn" onClick={() => onSubmit(null)}>Remove link</button>}
          <span className="spacer" />
          <button type="button" className="btn" onClick={onCancel}>Cancel</button>
          <button type="submit" className="btn btn-primary">Apply</button>
        </div>
      </form>
    </dialog>
  );
}
