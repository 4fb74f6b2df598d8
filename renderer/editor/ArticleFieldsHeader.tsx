/**
 * Headline, standfirst, byline and dateline above the body. Each edit goes to the article store
 * (which autosaves); the headline is the article's title, so editing it renames the article.
 * Enter in the headline moves on to the standfirst, and so on down to the body, as in a form.
 */
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useArticle } from '../stores/article.ts';
import { AutoGrowTextarea } from './AutoGrowTextarea.tsx';

export function ArticleFieldsHeader({ onEnterBody }: { onEnterBody(): void }): ReactNode {
  const title = useArticle((s) => s.article?.title ?? '');
  const standfirst = useArticle((s) => s.article?.standfirst ?? '');
  const byline = useArticle((s) => s.article?.byline ?? '');
  const dateline = useArticle((s) => s.article?.dateline ?? '');
  const update = useArticle((s) => s.update);
  const standfirstRef = useRef<HTMLTextAreaElement>(null);

  function nextOnEnter(e: KeyboardEvent, next: () => void) {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      next();
    }
  }

  return (
    <header className="article-header">
      <AutoGrowTextarea
        className="field-headline"
        aria-label="Headline"
        placeholder="Headline"
        value={title}
        maxLength={500}
        onChange={(value) => update({ title: value.replace(/\n/g, ' ') })}
        onKeyDown={(e) => nextOnEnter(e, () => standfirstRef.current?.focus())}
      />
      <AutoGrowTextarea
        ref={standfirstRef}
        className="field-standfirst"
        aria-label="Standfirst"
        placeholder="Standfirst — the summary under the headline"
        value={standfirst}
        maxLength={5000}
        onChange={(value) => update({ standfirst: value })}
        onKeyDown={(e) => nextOnEnter(e, onEnterBody)}
      />
      <div className="byline-row">
        <input
          className="field-byline"
          aria-label="Byline"
          placeholder="Byline"
          value={byline}
          maxLength={500}
          onChange={(e) => update({ byline: e.target.value })}
        />
        <input
          className="field-dateline"
          aria-label="Dateline"
          placeholder="Dateline"
          value={dateline}
          maxLength={500}
          onChange={(e) => update({ dateline: e.target.value })}
        />
      </div>
    </header>
  );
}
