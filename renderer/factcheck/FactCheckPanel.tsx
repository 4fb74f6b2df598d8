/**
 * The fact-check panel: editor flags first (they are people's questions), then the engine's
 * findings grouped by check with counts. F8 / Shift+F8 move to the next / previous finding.
 */
import { useEffect, useMemo, type ReactNode } from 'react';
import { CHECK_NAMES, type Finding } from '../../shared/analysis/types.ts';
import { CHECK_LABEL, SEVERITY_RANK } from '../review/checkStyle.ts';
import { useArticle } from '../stores/article.ts';
import { useFindingsStore } from '../stores/findings.ts';
import { useFlagsStore } from '../stores/flags.ts';
import { jumpToFinding, neighbourFinding, undismissAll } from './actions.ts';
import { FindingItem } from './FindingItem.tsx';
import { FlagItem } from './FlagItem.tsx';
import { LibraryNameFindings } from '../search/LibraryNameFindings.tsx';

export function FactCheckPanel(): ReactNode {
  const editor = useArticle((s) => s.editor);
  const findings = useFindingsStore((s) => s.shownFindings);
  const error = useFindingsStore((s) => s.error);
  const firstCheck = useFindingsStore((s) => s.articleId === null);
  const dismissedCount = useArticle((s) => s.article?.dismissed.length ?? 0);

  const groups = useMemo(() => {
    const byCheck = new Map<string, Finding[]>();
    for (const f of findings) (byCheck.get(f.check) ?? byCheck.set(f.check, []).get(f.check)!).push(f);
    return CHECK_NAMES.filter((c) => byCheck.has(c)).map((c) => ({
      check: c,
      items: byCheck.get(c)!.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.start - b.start),
    }));
  }, [findings]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F8' || !editor) return;
      e.preventDefault();
      const next = neighbourFinding(editor, useFindingsStore.getState().findings, e.shiftKey ? -1 : 1);
      if (next) jumpToFinding(editor, next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor]);

  return (
    <section className="cd-panel cd-factcheck" aria-labelledby="factcheck-title">
      <header className="cd-panel-head">
        <h2 id="factcheck-title">Fact-check</h2>
        <FindingsCount count={findings.length} />
      </header>
      {error && <p className="cd-error" role="alert">{error}</p>}
      <FlagsSection />
      {groups.length === 0 && !firstCheck && <p className="cd-empty">No findings. The checks found nothing to query.</p>}
      {groups.map((g) => (
        <section key={g.check} className="cd-group" aria-labelledby={`fc-${g.check}`}>
          <h3 id={`fc-${g.check}`}>
            <span className={`cd-swatch cd-swatch-${g.check}`} aria-hidden="true" />
            {CHECK_LABEL[g.check]} <span className="cd-group-count">({g.items.length})</span>
          </h3>
          <ul className="cd-list">
            {g.items.map((f) => <FindingItem key={f.id} finding={f} editor={editor} />)}
          </ul>
        </section>
      ))}
      <LibraryNameFindings />
      <footer className="cd-panel-foot">
        <kbd>F8</kbd> next finding · <kbd>Shift</kbd>+<kbd>F8</kbd> previous
        {dismissedCount > 0 && (
          <button type="button" className="btn btn-quiet btn-small" onClick={undismissAll}>Show {dismissedCount} dismissed</button>
        )}
      </footer>
    </section>
  );
}

function FlagsSection(): ReactNode {
  const editor = useArticle((s) => s.editor);
  const flags = useArticle((s) => s.article?.flags);
  const anchored = useFlagsStore((s) => s.anchored);
  const showResolved = useFlagsStore((s) => s.showResolved);
  const all = flags ?? [];
  const open = all.filter((f) => f.status === 'open');
  const resolvedCount = all.length - open.length;
  const shown = showResolved ? all : open;
  return (
    <section className="cd-group" aria-labelledby="fc-flags">
      <h3 id="fc-flags">
        <span className="cd-swatch cd-swatch-flag" aria-hidden="true" />
        Flags <span className="cd-group-count">({open.length} open)</span>
      </h3>
      <label className="cd-toggle">
        <input type="checkbox" checked={showResolved} onChange={(e) => useFlagsStore.getState().setShowResolved(e.target.checked)} />
        Show resolved ({resolvedCount})
      </label>
      {shown.length === 0 ? (
        <p className="cd-empty">{all.length ? 'No open flags.' : 'No flags. Select text and press Flag (Ctrl+Alt+M).'}</p>
      ) : (
        <ul className="cd-list">
          {shown.map((f) => <FlagItem key={f.id} flag={f} anchored={anchored.has(f.id)} editor={editor} />)}
        </ul>
      )}
    </section>
  );
}

/**
 * "Checking…" only until the first result for the article; after that the count updates in
 * place. (Flipping to "Checking…" on every pause in typing would be noise to the eye and to a
 * screen reader, and a layout per keystroke.)
 */
function FindingsCount({ count }: { count: number }): ReactNode {
  const first = useFindingsStore((s) => s.articleId === null);
  return (
    <span className="cd-panel-count" aria-live="polite">
      {first ? 'Checking…' : `${count} ${count === 1 ? 'finding' : 'findings'}`}
    </span>
  );
}
