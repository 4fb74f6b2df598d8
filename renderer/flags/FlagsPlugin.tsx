/**
 * Editor flags in the text: the Flag button (toolbar), the Ctrl+Alt+M shortcut and a context
 * menu entry open the flag dialog for the selection. Marks are decorated with their flag's state
 * (open / resolved) so resolved flags can be drawn quietly, and the set of flag ids anchored in
 * the body is kept current for the fact-check panel.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getRoot,
  $isElementNode,
  COMMAND_PRIORITY_NORMAL,
  createCommand,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $isMarkNode, MarkNode } from '@lexical/mark';
import { registerEditorShortcuts } from '../editor/editorShortcut.ts';
import { ToolbarSlot } from '../editor/ToolbarSlot.tsx';
import { useArticle } from '../stores/article.ts';
import { useFlagsStore } from '../stores/flags.ts';
import { draftFromSelection } from './actions.ts';
import { FlagDialog } from './FlagDialog.tsx';

export const OPEN_FLAG_DIALOG_COMMAND = createCommand<void>('OPEN_FLAG_DIALOG');
export const FLAG_SHORTCUT_LABEL = 'Ctrl+Alt+M';

function openDialog(editor: LexicalEditor): boolean {
  const draft = draftFromSelection(editor);
  if (!draft) return false;
  useFlagsStore.getState().openDraft(draft);
  return true;
}

/** Every mark's key and ids, in document order. */
function readMarks(editor: LexicalEditor): Array<{ key: string; ids: string[] }> {
  return editor.getEditorState().read(() => {
    const out: Array<{ key: string; ids: string[] }> = [];
    const visit = (node: LexicalNode) => {
      if ($isMarkNode(node)) out.push({ key: node.getKey(), ids: node.getIDs() });
      if ($isElementNode(node)) for (const c of node.getChildren()) visit(c);
    };
    visit($getRoot());
    return out;
  });
}

export function FlagsPlugin(): ReactNode {
  const [editor] = useLexicalComposerContext();
  const draft = useFlagsStore((s) => s.draft);
  const flags = useArticle((s) => s.article?.flags);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const [hasSelection, setHasSelection] = useState(false);

  const decorate = useCallback(() => {
    const byId = new Map((useArticle.getState().article?.flags ?? []).map((f) => [f.id, f]));
    const anchored = new Set<string>();
    for (const { key, ids } of readMarks(editor)) {
      const el = editor.getElementByKey(key);
      const known = ids.map((id) => byId.get(id)).filter((f) => f !== undefined);
      for (const f of known) anchored.add(f.id);
      if (!el) continue;
      if (known.length === 0) {
        delete el.dataset.flagState;
        el.removeAttribute('title');
        continue;
      }
      el.dataset.flagState = known.some((f) => f.status === 'open') ? 'open' : 'resolved';
      el.dataset.flagIds = known.map((f) => f.id).join(' ');
      el.title = known.map((f) => `${f.author ? `${f.author}: ` : ''}${f.note || '(no note)'}`).join('\n');
    }
    const previous = useFlagsStore.getState().anchored;
    if (previous.size !== anchored.size || [...anchored].some((id) => !previous.has(id))) {
      useFlagsStore.getState().setAnchored(anchored);
    }
  }, [editor]);

  useEffect(() => decorate(), [decorate, flags]);

  useEffect(() => {
    const unMutations = editor.registerMutationListener(MarkNode, () => decorate(), { skipInitialization: false });
    const unCommand = editor.registerCommand(OPEN_FLAG_DIALOG_COMMAND, () => openDialog(editor), COMMAND_PRIORITY_NORMAL);
    const unKeys = registerEditorShortcuts(editor, [
      { matches: (e) => e.ctrlKey && e.altKey && !e.shiftKey && e.code === 'KeyM', run: () => openDialog(editor) },
    ]);
    const unSelection = editor.registerUpdateListener(() => {
      const next = draftFromSelection(editor) !== null;
      setHasSelection((prev) => (prev === next ? prev : next));
    });
    return () => {
      unMutations();
      unCommand();
      unKeys();
      unSelection();
    };
  }, [editor, decorate]);

  // Context menu: "Flag selection…" when text is selected; otherwise the browser's own menu.
  useEffect(() => {
    const onContextMenu = (event: MouseEvent) => {
      if (!draftFromSelection(editor)) return;
      event.preventDefault();
      setMenu({ x: event.clientX, y: event.clientY });
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('contextmenu', onContextMenu);
      root?.addEventListener('contextmenu', onContextMenu);
    });
  }, [editor]);

  return (
    <>
      <ToolbarSlot>
        <button
          type="button"
          className="tool cd-flag-tool"
          tabIndex={-1}
          aria-label="Flag selection"
          title={`Flag the selected text (${FLAG_SHORTCUT_LABEL})`}
          aria-keyshortcuts="Control+Alt+M"
          disabled={!hasSelection}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => openDialog(editor)}
        >
          ⚑ Flag
        </button>
      </ToolbarSlot>
      {menu && <FlagContextMenu at={menu} onFlag={() => { setMenu(null); openDialog(editor); }} onClose={() => setMenu(null)} />}
      {draft && <FlagDialog editor={editor} draft={draft} />}
    </>
  );
}

function FlagContextMenu({ at, onFlag, onClose }: { at: { x: number; y: number }; onFlag(): void; onClose(): void }): ReactNode {
  useEffect(() => {
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent && e.key !== 'Escape') return;
      onClose();
    };
    window.addEventListener('keydown', close);
    window.addEventListener('scroll', close, true);
    return () => {
      window.removeEventListener('keydown', close);
      window.removeEventListener('scroll', close, true);
    };
  }, [onClose]);
  return (
    <div className="cd-context-backdrop" onMouseDown={onClose}>
      <div role="menu" aria-label="Text actions" className="cd-context-menu" style={{ left: at.x, top: at.y }} onMouseDown={(e) => e.stopPropagation()}>
        <button role="menuitem" type="button" autoFocus onClick={onFlag}>
          ⚑ Flag selection… <kbd>{FLAG_SHORTCUT_LABEL}</kbd>
        </button>
      </div>
    </div>
  );
}
