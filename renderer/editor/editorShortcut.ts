/**
 * Editor keyboard shortcuts, heard on the body element's own keydown event rather than through
 * Lexical's KEY_DOWN_COMMAND.
 *
 * Why: Lexical runs each priority level that has a listener for a command in an editor update of
 * its own, and each update copies the editor state's node map and then runs every update
 * listener. Two app shortcuts at two more priority levels cost every keystroke two such updates:
 * in the 20,000-word benchmark article, 2 of the 7.2 node-map copies per keystroke (63 KB of
 * garbage each), for shortcuts pressed a few times a day.
 *
 * The listener captures on the body element, so it runs before Lexical's own keydown handler
 * there. A shortcut that matches has its key's default prevented, and runs after the editor's
 * selection has been brought up to the DOM's (SelectionSyncPlugin says why that can lag), so
 * what it reads with `$getSelection()` is what the user selected. Keys that are part of an IME
 * composition are left alone.
 */
import type { LexicalEditor } from 'lexical';
import { syncSelectionFromDom } from './plugins/SelectionSyncPlugin.tsx';

export interface EditorShortcut {
  /** Whether the key is this shortcut's: called on every keydown in the body, so keep it cheap. */
  matches(event: KeyboardEvent): boolean;
  run(event: KeyboardEvent): void;
}

export function registerEditorShortcuts(editor: LexicalEditor, shortcuts: readonly EditorShortcut[]): () => void {
  return editor.registerRootListener((root) => {
    if (!root) return;
    const listener = (event: KeyboardEvent) => {
      if (event.isComposing) return;
      const shortcut = shortcuts.find((s) => s.matches(event));
      if (!shortcut) return;
      event.preventDefault();
      syncSelectionFromDom(editor);
      shortcut.run(event);
    };
    root.addEventListener('keydown', listener, true);
    return () => root.removeEventListener('keydown', listener, true);
  });
}
