/**
 * The typing benchmark's baseline: the same Lexical editor (same nodes, theme, styles, rich
 * text and history) with no panels, no checks and no highlights. Built and served only by
 * electron/tools/bench/typing.ts; never part of the app. The benchmark loads the document with
 * `window.copydeskBench.load(paragraphs)`.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { bodyFromParagraphs } from '../../shared/article/plainText.ts';
import { EDITOR_NODES } from '../editor/nodes.ts';
import { editorTheme } from '../editor/theme.ts';
import '../styles/app.css';
import '../styles/editor.css';

declare global {
  interface Window {
    copydeskBench?: { load(paragraphs: string[]): void };
  }
}

function BenchHook(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    window.copydeskBench = {
      load(paragraphs) {
        editor.setEditorState(editor.parseEditorState(JSON.stringify(bodyFromParagraphs(paragraphs))));
      },
    };
    document.documentElement.dataset.benchReady = 'true';
  }, [editor]);
  return null;
}

function BareEditor() {
  return (
    <LexicalComposer initialConfig={{ namespace: 'bench-bare', nodes: EDITOR_NODES, theme: editorTheme, onError: (e) => console.error(e) }}>
      <div className="editor-scroll" style={{ height: '100vh' }}>
        <article className="page" aria-label="Article">
          <div className="body-wrap">
            <RichTextPlugin
              contentEditable={<ContentEditable id="article-body" className="article-body" aria-label="Article body" />}
              ErrorBoundary={LexicalErrorBoundary}
            />
          </div>
        </article>
      </div>
      <HistoryPlugin />
      <BenchHook />
    </LexicalComposer>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BareEditor />
  </StrictMode>,
);
