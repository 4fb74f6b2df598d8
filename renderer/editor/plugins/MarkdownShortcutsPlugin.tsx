/**
 * Markdown shortcuts while typing (the transformers in ../markdown.ts), through Lexical's own
 * `registerMarkdownShortcuts`, heard only on the keystrokes that can complete one.
 *
 * Lexical's listener opens an editor update after every typed character to look for a shortcut
 * ending at the caret. An update clones the editor state's node map: in a 20,000-word article an
 * empty update takes 0.09-0.2 ms, and without these the garbage allocated per keystroke fell
 * from 624 to 559 KB (sampled heap profile), so the collector interrupts typing less often.
 * Every transformer fires only when the character just before the caret is its trigger — a
 * space for block shortcuts ("# ", "- "), the last character of a format tag ("*", "_", "~"), a
 * text-match trigger (")" for links) — the check Lexical itself applies to IME commits. So its
 * listener is given the updates whose caret follows one of those characters, and no others;
 * what it does with them is unchanged.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerMarkdownShortcuts, type Transformer } from '@lexical/markdown';
import { $getSelection, $isRangeSelection, $isTextNode, type LexicalEditor, type UpdateListener } from 'lexical';

/** The characters that can complete one of the transformers' shortcuts. */
export function shortcutTriggers(transformers: readonly Transformer[]): Set<string> {
  const triggers = new Set([' ']);
  for (const t of transformers) {
    if (t.type === 'text-format') triggers.add(t.tag.slice(-1));
    if (t.type === 'text-match' && t.trigger !== undefined) triggers.add(t.trigger);
  }
  return triggers;
}

/** Whether the update left a collapsed caret right after one of `triggers` in a text node. */
function caretFollowsTrigger({ editorState }: Parameters<UpdateListener>[0], triggers: ReadonlySet<string>): boolean {
  return editorState.read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
    const node = selection.anchor.getNode();
    const offset = selection.anchor.offset;
    return $isTextNode(node) && offset > 0 && triggers.has(node.getTextContent()[offset - 1] ?? '');
  });
}

/**
 * Registers Lexical's markdown shortcuts with their update listener filtered as described above.
 * The editor is handed over behind a proxy that changes only `registerUpdateListener`; every other
 * member is the editor's own, bound to it.
 */
export function registerFilteredMarkdownShortcuts(editor: LexicalEditor, transformers: Transformer[]): () => void {
  const triggers = shortcutTriggers(transformers);
  const registerFiltered = (listener: UpdateListener) =>
    editor.registerUpdateListener((payload) => {
      if (caretFollowsTrigger(payload, triggers)) listener(payload);
    });
  const filtered = new Proxy(editor, {
    get(target, property) {
      if (property === 'registerUpdateListener') return registerFiltered;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return registerMarkdownShortcuts(filtered, transformers);
}

export function MarkdownShortcutsPlugin({ transformers }: { transformers: Transformer[] }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerFilteredMarkdownShortcuts(editor, transformers), [editor, transformers]);
  return null;
}
