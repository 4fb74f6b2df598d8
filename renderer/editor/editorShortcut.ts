/**
 * An editor keyboard shortcut, heard on the body element's own keydown event rather than through
 * Lexical's KEY_DOWN_COMMAND.
 *
 * Why: Lexical runs each priority level that has a listener for a command in an editor update of
 * its own, and each update copies the editor state's node map and then runs every update
 * listener. Two app shortcuts at two more priority levels cost every keystroke two such updates:
 * in the 20,000-word benchmark article, 2 of the 7.2 node-map copies per keystroke (63 KB of
 * garbage each), for shortcuts pressed a few times a day.
 *
 * The listener captures on the body element, so it runs before Lexical's own keydown handler
 * there; `onKeyDown` returns true when it has taken the key, and the key's default is prevented.
 * Keys that are part of an IME composition are left alone.
 */
import type { LexicalEditor } from 'lexical';

export function registerEditorShortcut(editor: LexicalEditor, onKeyDown: (event: KeyboardEvent) => boolean): () => void {
  return editor.registerRootListener((root) => {
    if (!root) return;
    const listener = (event: KeyboardEvent) => {
      if (event.isComposing) return;
      if (onKeyDown(event)) event.preventDefault();
    };
    root.addEventListener('keydown', listener, true);
    return () => root.removeEventListener('keydown', listener, true);
  });
}
