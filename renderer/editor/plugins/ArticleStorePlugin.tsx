/**
 * Connects the editor to the article store: registers the editor instance (so the store can
 * serialise the body at save time and other parts can reach it), reports content changes (not
 * mere selection moves) for autosave, and keeps the word count for the status bar.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { countWords } from '../../../shared/article/plainText.ts';
import { useArticle } from '../../stores/article.ts';
import { useEditorStats } from '../../stores/editorStats.ts';

const COUNT_DELAY_MS = 250;

export function ArticleStorePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const store = useArticle.getState();
    store.setEditor(editor);
    let countTimer: ReturnType<typeof setTimeout> | null = null;
    const count = () => {
      const text = editor.getEditorState().read(() => $getRoot().getTextContent());
      useEditorStats.getState().setWords(countWords(text));
    };
    count();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
      if (prevEditorState.isEmpty() || tags.has('history-merge')) return;
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      useArticle.getState().bodyChanged();
      if (countTimer) clearTimeout(countTimer);
      countTimer = setTimeout(count, COUNT_DELAY_MS);
    });
    return () => {
      unregister();
      if (countTimer) clearTimeout(countTimer);
      if (useArticle.getState().editor === editor) useArticle.getState().setEditor(null);
    };
  }, [editor]);
  return null;
}
