/**
 * Opening a search result: open the article, wait for its editor, then select the matched words
 * in the body (which scrolls them into view). Body offsets from the search index follow the same
 * plain-text rules as the editor's text, so they select exactly the matched word.
 */
import type { SearchHit } from '../../shared/contract/libraryScale.ts';
import { selectSpan } from '../review/editorOps.ts';
import { useArticle } from '../stores/article.ts';

const EDITOR_WAIT_MS = 3000;

function editorFor(id: string): Promise<NonNullable<ReturnType<typeof useArticle.getState>['editor']> | null> {
  const ready = () => {
    const s = useArticle.getState();
    return s.article?.id === id && !s.loading && s.editor ? s.editor : null;
  };
  const now = ready();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const timeout = setTimeout(() => {
      stop();
      resolve(null);
    }, EDITOR_WAIT_MS);
    const stop = useArticle.subscribe(() => {
      const editor = ready();
      if (!editor) return;
      clearTimeout(timeout);
      stop();
      resolve(editor);
    });
  });
}

export async function openAtMatch(hit: Pick<SearchHit, 'id' | 'match'>): Promise<void> {
  if (useArticle.getState().article?.id !== hit.id) await useArticle.getState().open(hit.id);
  if (hit.match?.field !== 'body') return;
  const editor = await editorFor(hit.id);
  if (!editor) return;
  const { start, end } = hit.match;
  // Let the fresh editor mount its DOM before selecting, so the selection can scroll into view.
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  selectSpan(editor, start, end);
}
