/**
 * Saving at the moments a person leaves their work: the window loses focus, the tab is hidden
 * or closed. A `beforeunload` prompt appears only while a save is still outstanding.
 */
import { useEffect } from 'react';
import { useArticle } from '../stores/article.ts';

export function useSaveTriggers(): void {
  useEffect(() => {
    const flush = () => void useArticle.getState().flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!useArticle.getState().dirty) return;
      flush();
      e.preventDefault();
    };
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);
}
