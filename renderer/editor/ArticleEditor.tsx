/**
 * The editor for the open article: toolbar, header fields and the Lexical body. The composer is
 * keyed by the article and its load count, so opening another article (or reloading this one
 * after a conflict) starts a fresh editor with its own undo history. Tab is left to move focus
 * (no tab-indentation plugin), so the keyboard can always leave the body.
 */
import { useCallback, useMemo, type ReactNode } from 'react';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ReviewEditorPlugins } from '../review/ReviewEditorPlugins.tsx';
import { StatusControl } from '../review/StatusControl.tsx';
import { HistoryButton } from '../history/HistoryButton.tsx';
import { useArticle } from '../stores/article.ts';
import { EDITOR_NODES } from './nodes.ts';
import { editorTheme } from './theme.ts';
import { MARKDOWN_TRANSFORMERS } from './markdown.ts';
import { isSafeLinkUrl } from './links.ts';
import { Toolbar } from './Toolbar.tsx';
import { ArticleFieldsHeader } from './ArticleFieldsHeader.tsx';
import { ArticleStorePlugin } from './plugins/ArticleStorePlugin.tsx';
import { MarkdownShortcutsPlugin } from './plugins/MarkdownShortcutsPlugin.tsx';
import { PasteSanitizePlugin } from './plugins/PasteSanitizePlugin.tsx';
import { SelectionSyncPlugin } from './plugins/SelectionSyncPlugin.tsx';

function onEditorError(error: Error): void {
  // Lexical recovers by keeping the last good state; the console keeps the evidence.
  console.error('Editor error', error);
}

/** Shown while an article is open (the app keys it by the article's id and load count). */
export function ArticleEditor(): ReactNode {
  // The body is read once per load (the composer is keyed by it); later body changes come *from*
  // this editor, so they must not feed back into it. Nor does the editor subscribe to the
  // article: each save replaces it.
  const initialConfig = useMemo<InitialConfigType>(() => {
    const body = useArticle.getState().article?.body;
    return {
      namespace: 'copydesk-article',
      nodes: EDITOR_NODES,
      theme: editorTheme,
      onError: onEditorError,
      editorState: body ? JSON.stringify(body) : undefined,
    };
  }, []);
  const focusBody = useCallback(() => {
    useArticle.getState().editor?.focus();
  }, []);

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="editor-frame">
        <div className="editor-bar">
          <Toolbar />
          <StatusControl />
        </div>
        {/* The viewport sizes the scroller, so the scroller can contain its own layout (editor.css). */}
        <div className="editor-viewport">
          <div className="editor-scroll">
            <article className="page" aria-label="Article">
              <ArticleFieldsHeader onEnterBody={focusBody} />
              <div className="body-wrap">
                <RichTextPlugin
                  contentEditable={
                    <ContentEditable
                      id="article-body"
                      className="article-body"
                      aria-label="Article body"
                      aria-placeholder="Write the story…"
                      placeholder={<div className="body-placeholder">Write the story…</div>}
                      spellCheck
                    />
                  }
                  ErrorBoundary={LexicalErrorBoundary}
                />
              </div>
            </article>
          </div>
        </div>
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={isSafeLinkUrl} />
      <MarkdownShortcutsPlugin transformers={MARKDOWN_TRANSFORMERS} />
      <PasteSanitizePlugin />
      <SelectionSyncPlugin />
      <ArticleStorePlugin />
      <ReviewEditorPlugins />
      <HistoryButton />
    </LexicalComposer>
  );
}
