/**
 * The offer of edits a crash left unsaved: one prompt per article, at the top of the editor,
 * with Recover and Discard. It is an alert dialog that does not block the app: the writer can
 * keep working and answer later; the first offer's Recover button takes focus when it appears
 * so the keyboard reaches it at once.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useRecovery, type RecoveryOffer } from './recoveryStore.ts';
import './recovery.css';

function listParts(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function writtenAt(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : at.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function Offer({ offer, autoFocus }: { offer: RecoveryOffer; autoFocus: boolean }): ReactNode {
  const { recover, discard } = useRecovery.getState();
  const recoverButton = useRef<HTMLButtonElement>(null);
  const id = offer.entry.id;
  useEffect(() => {
    if (autoFocus) recoverButton.current?.focus();
  }, [autoFocus]);
  return (
    <section className="banner banner-warning recovery-offer" role="alertdialog" aria-modal="false"
      aria-labelledby={`recovery-title-${id}`} aria-describedby={`recovery-detail-${id}`}>
      <div className="recovery-text">
      <p id={`recovery-title-${id}`}>
        <strong>Copydesk closed before your last changes to “{offer.title}” were saved.</strong>
      </p>
      <p id={`recovery-detail-${id}`}>
        Unsaved changes to {listParts(offer.parts)}, from {writtenAt(offer.entry.writtenAt)}.
        {offer.movedOn && (
          <> This article has been saved since then, by someone else or another window. Recovering puts your
            version of {listParts(offer.parts)} in place of the saved one.</>
        )}
      </p>
      </div>
      <div className="banner-actions">
        <button ref={recoverButton} type="button" className="btn btn-primary" onClick={() => void recover(id)}>Recover them</button>
        <button type="button" className="btn" onClick={() => void discard(id)}>Discard</button>
      </div>
    </section>
  );
}

export function RecoveryPrompt(): ReactNode {
  const offers = useRecovery((s) => s.offers);
  const error = useRecovery((s) => s.error);
  if (offers.length === 0 && !error) return null;
  return (
    <div className="recovery">
      {error && (
        <div className="banner banner-error" role="alert">
          <p>{error}</p>
          <button type="button" className="btn" onClick={() => useRecovery.setState({ error: null })}>Dismiss</button>
        </div>
      )}
      {offers.map((offer, i) => <Offer key={offer.entry.id} offer={offer} autoFocus={i === 0} />)}
    </div>
  );
}
