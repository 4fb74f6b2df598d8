/**
 * Paste from web pages and Word: the HTML is cleaned (pasteSanitizer.ts) and then imported by
 * Lexical, which only creates the body's known node types; leftover inline styles are cleared.
 * Plain-text and Lexical's own clipboard formats fall through to the rich-text plugin.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $generateNodesFromDOM } from '@lexical/html';
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $dfs } from '@lexical/utils';
import { $getSelection, $isRangeSelection, $isTextNode, COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical';
import { sanitizePastedHtml } from '../pasteSanitizer.ts';

export function PasteSanitizePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = event instanceof ClipboardEvent ? event.clipboardData : null;
          if (!data || data.types.includes('application/x-lexical-editor')) return false;
          const html = data.getData('text/html');
          if (!html) return false;
          event.preventDefault();
          const dom = new DOMParser().parseFromString(sanitizePastedHtml(html), 'text/html');
          editor.update(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            const nodes = $generateNodesFromDOM(editor, dom);
            for (const node of nodes) {
              for (const { node: inner } of $dfs(node)) {
                if ($isTextNode(inner) && inner.getStyle()) inner.setStyle('');
              }
              if ($isTextNode(node) && node.getStyle()) node.setStyle('');
            }
            $insertGeneratedNodes(editor, nodes, selection);
          });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
