/**
 * Files in the library folder that are not readable articles. Shown with the reason so the user
 * can repair or remove them by hand; they cannot be opened, and Copydesk never rewrites them.
 */
import type { ReactNode } from 'react';
import { useLibrary } from '../stores/library.ts';

export function DamagedList(): ReactNode {
  const damaged = useLibrary((s) => s.damaged);
  if (damaged.length === 0) return null;
  return (
    <section className="damaged" aria-labelledby="damaged-heading">
      <h2 id="damaged-heading" className="sidebar-heading">Damaged files ({damaged.length})</h2>
      <p className="damaged-note">These files could not be read. They are left untouched on disk.</p>
      <ul aria-label="Damaged files">
        {damaged.map((d) => (
          <li key={d.fileName} className="damaged-item" aria-disabled="true">
            <span className="damaged-name">{d.fileName}</span>
            <span className="damaged-reason">Damaged: {d.reason}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
