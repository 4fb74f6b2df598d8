/**
 * "Across the library": the names this article spells differently from the rest of the library
 * ("This article spells it “Volodymyr Zelenskyy”; 40 other articles use “Volodymyr Zelensky”"),
 * with a one-click fix to the library's form. Meant for the fact-check panel: it reads the live
 * analysis (stores/findings.ts) and asks the host (`library.nameCheck`) about the article's
 * current spellings, a moment after they stop changing. Renders nothing when all agree.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Finding } from '../../shared/analysis/types.ts';
import type { LibraryNameFinding } from '../../shared/contract/libraryScale.ts';
import { call } from '../api/client.ts';
import { unifyName } from '../factcheck/actions.ts';
import { useArticle } from '../stores/article.ts';
import { useFindingsStore } from '../stores/findings.ts';

const ASK_DELAY_MS = 600;
/** Asked again now and then: other articles change too, and a big library's index fills in. */
const REASK_MS = 30_000;

export function LibraryNameFindings(): ReactNode {
  const articleId = useFindingsStore((s) => s.articleId);
  const entities = useFindingsStore((s) => s.entities);
  const editor = useArticle((s) => s.editor);
  const [findings, setFindings] = useState<LibraryNameFinding[]>([]);

  // Only people, places and organisations with more than one word, or places: a lone surname
  // says nothing about how the library spells the full name.
  const spellings = useMemo(
    () => [...new Set(entities.flatMap((e) => (e.variants ?? []).map((v) => v.text)).filter((t) => t.includes(' ')))].sort(),
    [entities],
  );
  const key = spellings.join('\n');

  useEffect(() => {
    if (!articleId) return;
    let cancelled = false;
    const ask = () => {
      call('library.nameCheck', { id: articleId, spellings })
        .then((r) => !cancelled && setFindings(r.findings))
        .catch(() => !cancelled && setFindings([]));
    };
    const timer = setTimeout(ask, ASK_DELAY_MS);
    const again = setInterval(ask, REASK_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      clearInterval(again);
    };
    // `key` stands for `spellings`: ask again only when the set of spellings changes.
  }, [articleId, key]);

  if (findings.length === 0) return null;

  function applyLibraryForm(f: LibraryNameFinding) {
    if (!editor) return;
    const variant = useFindingsStore.getState().entities.flatMap((e) => e.variants ?? []).find((v) => v.text === f.text);
    if (!variant) return;
    const asFinding: Finding = { id: `library-name:${f.text}`, check: 'names', severity: 'warning', message: f.message, start: 0, end: 0, text: f.text, variants: [variant] };
    unifyName(editor, asFinding, f.suggestion);
  }

  return (
    <section className="cd-group cd-library-names" aria-labelledby="fc-library-names">
      <h3 id="fc-library-names">
        Across the library <span className="cd-group-count">({findings.length})</span>
      </h3>
      <ul className="cd-list">
        {findings.map((f) => (
          <li key={f.text} className="cd-finding cd-sev-warning" data-check="library-names">
            <p className="cd-finding-message">{f.message}</p>
            <ul className="cd-variants" aria-label="Spellings in other articles">
              {f.spellings.map((s) => (
                <li key={s.text}>
                  <span className="cd-variant-text">{s.text}</span>
                  <span className="cd-variant-count" aria-label={`${s.articles} articles`}>{s.articles} {s.articles === 1 ? 'article' : 'articles'}</span>
                </li>
              ))}
            </ul>
            <button type="button" className="btn btn-primary btn-small" disabled={!editor} onClick={() => applyLibraryForm(f)}>
              Use ‘{f.suggestion}’
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
