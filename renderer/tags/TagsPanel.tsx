/**
 * The tags panel: the article's tags (add with completion from the library's tags, remove),
 * and suggestions from the people, places and organisations the engine found.
 */
import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { allTags, useLibrary } from '../stores/library.ts';
import { useArticle } from '../stores/article.ts';
import { useFindingsStore } from '../stores/findings.ts';
import { addTag, completions, removeTag, suggestTags, useTagsStore } from '../stores/tags.ts';

const KIND_LABEL = { person: 'Person', place: 'Place', organisation: 'Organisation', unknown: '' } as const;

export function TagsPanel(): ReactNode {
  const tags = useArticle((s) => s.article?.tags);
  const articles = useLibrary((s) => s.articles);
  const entities = useFindingsStore((s) => s.entities);
  const draft = useTagsStore((s) => s.draft);
  const setDraft = useTagsStore((s) => s.setDraft);
  const [highlighted, setHighlighted] = useState(-1);
  const listId = useId();
  const current = useMemo(() => tags ?? [], [tags]);
  const libraryTags = useMemo(() => allTags({ articles }), [articles]);
  const options = useMemo(() => completions(draft, libraryTags, current), [draft, libraryTags, current]);
  const suggestions = useMemo(() => suggestTags(entities, current), [entities, current]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chosen = highlighted >= 0 ? options[highlighted] : undefined;
    if (addTag(chosen ?? draft)) setDraft('');
    setHighlighted(-1);
  };

  return (
    <section className="cd-panel cd-tags" aria-labelledby="tags-title">
      <header className="cd-panel-head">
        <h2 id="tags-title">Tags</h2>
        <span className="cd-panel-count">{current.length}</span>
      </header>
      {current.length === 0 ? (
        <p className="cd-empty">No tags yet.</p>
      ) : (
        <ul className="cd-chips" aria-label="Article tags">
          {current.map((t) => (
            <li key={t} className="cd-chip">
              {t}
              <button type="button" className="cd-chip-x" aria-label={`Remove tag ${t}`} onClick={() => removeTag(t)}>×</button>
            </li>
          ))}
        </ul>
      )}
      <form className="cd-tag-form" onSubmit={submit}>
        <label className="cd-inline-field">
          <span>Add tag</span>
          <input
            role="combobox"
            aria-expanded={options.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={highlighted >= 0 ? `${listId}-${highlighted}` : undefined}
            value={draft}
            maxLength={60}
            placeholder="Type a tag, Enter to add"
            onChange={(e) => { setDraft(e.target.value); setHighlighted(-1); }}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') { e.preventDefault(); setHighlighted((h) => Math.min(h + 1, options.length - 1)); }
              if (e.key === 'ArrowUp') { e.preventDefault(); setHighlighted((h) => Math.max(h - 1, -1)); }
              if (e.key === 'Escape') { setDraft(''); setHighlighted(-1); }
            }}
          />
        </label>
        <button type="submit" className="btn btn-small">Add</button>
        {options.length > 0 && (
          <ul id={listId} role="listbox" aria-label="Tags used in the library" className="cd-completions">
            {options.map((o, i) => (
              <li key={o} id={`${listId}-${i}`} role="option" aria-selected={i === highlighted} onMouseDown={(e) => { e.preventDefault(); if (addTag(o)) setDraft(''); }}>
                {o}
              </li>
            ))}
          </ul>
        )}
      </form>
      <section className="cd-group" aria-labelledby="tags-suggested">
        <h3 id="tags-suggested">Suggested from the text</h3>
        {suggestions.length === 0 ? (
          <p className="cd-empty">No people, places or organisations to suggest.</p>
        ) : (
          <ul className="cd-chips cd-suggestions">
            {suggestions.map((s) => (
              <li key={s.tag}>
                <button type="button" className="cd-chip cd-chip-add" aria-label={`Add tag ${s.tag}`} onClick={() => addTag(s.tag)}>
                  + {s.tag} <small>{KIND_LABEL[s.kind]}</small>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
