/**
 * Sends the body's plain text to the analysis worker whenever the text changes (once the keys
 * pause for longer than the typist's recent rhythm, see typingPause.ts) and whenever the
 * dismissed findings change. Reading the text happens in the timer, not in the keystroke, so
 * typing never pays for it.
 */
import { useEffect, useMemo } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useArticle } from '../stores/article.ts';
import { useFindingsStore } from '../stores/findings.ts';
import { analysisClient } from './instance.ts';
import { resultHold } from './resultHold.ts';
import { TypingPause } from './typingPause.ts';

export function AnalysisPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const articleId = useArticle((s) => s.article?.id ?? null);
  const dismissedKey = useArticle((s) => (s.article?.dismissed ?? []).map((d) => d.findingId).join('\n'));
  const dismissed = useMemo(() => (dismissedKey ? dismissedKey.split('\n') : []), [dismissedKey]);

  useEffect(() => {
    if (!articleId) {
      useFindingsStore.getState().clear();
      return;
    }
    if (useFindingsStore.getState().articleId !== articleId) useFindingsStore.getState().clear();
    const client = analysisClient();
    const send = () => {
      const text = editor.getEditorState().read(() => $getRoot().getTextContent());
      client.request({ articleId, text, dismissed, styleBook: null }, true);
      // The keys paused: draw a result held back while they came, while the worker checks the
      // text as it stands now (drawing first would delay that check by the drawing).
      resultHold.paused();
    };
    let timer: ReturnType<typeof setTimeout> | null = null;
    const pause = new TypingPause();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, editorState }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return; // selection only
      if (prevEditorState.isEmpty() && editorState.isEmpty()) return;
      resultHold.typed();
      if (timer) clearTimeout(timer);
      timer = setTimeout(send, pause.keystroke(performance.now()));
    });
    send();
    return () => {
      unregister();
      if (timer) clearTimeout(timer);
      resultHold.paused();
    };
  }, [editor, articleId, dismissed]);

  return null;
}
