/** One finding in the fact-check panel: its message, its spellings, and its one-click actions. */
import { memo, type ReactNode } from 'react';
import type { LexicalEditor } from 'lexical';
import type { Finding } from '../../shared/analysis/types.ts';
import { SEVERITY_LABEL } from '../review/checkStyle.ts';
import { useFindingsStore } from '../stores/findings.ts';
import { applySuggestion, dismissFinding, jumpToFinding, unifyName } from './actions.ts';

function quoteOf(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

interface FindingItemProps {
  finding: Finding;
  editor: LexicalEditor | null;
}

/** What the item shows, without offsets (which move with every keystroke above the finding). */
function shown(f: Finding): string {
  return JSON.stringify([f.id, f.severity, f.message, f.text, f.suggestion, f.variants?.map((v) => [v.text, v.count])]);
}

export const FindingItem = memo(FindingItemView, (a, b) => a.editor === b.editor && shown(a.finding) === shown(b.finding));

/** The latest version of a finding (its offsets may have moved since the item rendered). */
function latest(finding: Finding): Finding {
  return useFindingsStore.getState().findings.find((f) => f.id === finding.id) ?? finding;
}

function FindingItemView({ finding, editor }: FindingItemProps): ReactNode {
  const active = useFindingsStore((s) => s.activeId === finding.id);
  const variants = finding.variants ?? [];
  const isName = finding.check === 'names' && variants.length > 1;
  const suggested = finding.suggestion;
  // The house form first, then the other spellings, so "Use … everywhere" is offered for each.
  const forms = isName
    ? [...variants].sort((a, b) => Number(b.text === suggested) - Number(a.text === suggested) || b.count - a.count)
    : [];
  // The house style book's form may be one the article never uses: it is offered first all the same.
  if (isName && suggested && !variants.some((v) => v.text === suggested)) forms.unshift({ text: suggested, count: 0, ranges: [] });

  return (
    <li className={`cd-finding cd-sev-${finding.severity}${active ? ' cd-active' : ''}`} data-check={finding.check} data-finding-id={finding.id}>
      <button
        type="button"
        className="cd-finding-jump"
        onClick={() => editor && jumpToFinding(editor, latest(finding))}
        aria-label={`${SEVERITY_LABEL[finding.severity]}: ${finding.message} Show in text`}
      >
        <span className={`cd-sev-badge cd-sev-${finding.severity}`}>{SEVERITY_LABEL[finding.severity]}</span>
        <span className="cd-finding-message">{finding.message}</span>
        {!isName && finding.text && <q className="cd-finding-text">{quoteOf(finding.text)}</q>}
      </button>
      {isName && (
        <ul className="cd-variants" aria-label="Spellings">
          {forms.map((v) => (
            <li key={v.text}>
              <span className="cd-variant-text">{v.text}</span>
              {v.count > 0 ? <span className="cd-variant-count" aria-label={`${v.count} times`}>×{v.count}</span> : <span className="cd-variant-count">house style</span>}
              <button type="button" className={v.text === suggested ? 'btn btn-primary btn-small' : 'btn btn-small'} disabled={!editor} onClick={() => editor && unifyName(editor, latest(finding), v.text)}>
                Use ‘{v.text}’ everywhere
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="cd-finding-actions">
        {!isName && suggested !== undefined && (
          <button type="button" className="btn btn-primary btn-small" disabled={!editor} onClick={() => editor && applySuggestion(editor, latest(finding))}>
            {suggested === '' ? 'Remove' : `Change to ‘${quoteOf(suggested, 40)}’`}
          </button>
        )}
        <button type="button" className="btn btn-small" onClick={() => dismissFinding(finding, 'ignore')}>Ignore</button>
        {finding.check === 'names' && (
          <button type="button" className="btn btn-small" onClick={() => dismissFinding(finding, 'different-people')}>Different people</button>
        )}
      </div>
    </li>
  );
}
