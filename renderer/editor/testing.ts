/**
 * For unit tests: a Lexical editor attached to a contenteditable in the (happy-dom) document, with
 * rich text and undo history registered as in the app, holding one paragraph per string.
 */
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type Klass, type LexicalEditor, type LexicalNode } from 'lexical';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';

export function editorWithParagraphs(paragraphs: readonly string[], nodes: Klass<LexicalNode>[] = []): LexicalEditor {
  const editor = createEditor({ namespace: 'test', nodes, onError: (e) => { throw e; } });
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.append(root);
  editor.setRootElement(root);
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 0);
  editor.update(() => {
    $getRoot().clear().append(...paragraphs.map((p) => $createParagraphNode().append($createTextNode(p))));
  }, { discrete: true });
  return editor;
}
