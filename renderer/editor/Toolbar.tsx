/**
 * The formatting toolbar. Buttons reflect the selection (aria-pressed), every one has a name and
 * a keyboard shortcut; the toolbar is one tab stop with arrow-key movement between buttons
 * (the WAI-ARIA toolbar pattern). Ctrl/Cmd+B/I/U and Ctrl/Cmd+Z / Shift+Z come from Lexical's
 * rich-text plugin; Ctrl/Cmd+K (link) and Ctrl/Cmd+Shift+X (strikethrough) are added here.
 */
import { useCallback, useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister, $getNearestNodeOfType, $findMatchingParent } from '@lexical/utils';
import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  $isRootOrShadowRoot,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { registerEditorShortcuts } from './editorShortcut.ts';
import { LinkDialog } from './LinkDialog.tsx';
import { ToolbarSlotTarget } from './ToolbarSlot.tsx';

export type BlockType = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';

const BLOCK_LABELS: Record<BlockType, string> = {
  paragraph: 'Paragraph',
  h1: 'Heading 1',
  h2: 'Heading 2',
  h3: 'Heading 3',
  quote: 'Block quote',
  bullet: 'Bulleted list',
  number: 'Numbered list',
};

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';
/** Ctrl (⌘ on a Mac) held, Alt not: the toolbar's own shortcuts. */
const withMod = (e: globalThis.KeyboardEvent): boolean => (isMac ? e.metaKey : e.ctrlKey) && !e.altKey;

interface Formats {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  link: string | null;
  block: BlockType;
}

const NO_FORMATS: Formats = { bold: false, italic: false, underline: false, strikethrough: false, link: null, block: 'paragraph' };

/** Keeps the previous object when nothing changed, so typing does not re-render the toolbar. */
function sameFormats(previous: Formats, next: Formats): Formats {
  const same = (Object.keys(next) as Array<keyof Formats>).every((k) => previous[k] === next[k]);
  return same ? previous : next;
}

function $readFormats(): Formats {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return NO_FORMATS;
  const anchor = selection.anchor.getNode();
  let block: BlockType = 'paragraph';
  const top = anchor.getKey() === 'root' ? anchor : $findMatchingParent(anchor, (n) => {
    const parent = n.getParent();
    return parent !== null && $isRootOrShadowRoot(parent);
  });
  const list = $getNearestNodeOfType(anchor, ListNode);
  if (list) block = list.getListType() === 'number' ? 'number' : 'bullet';
  else if (top && $isHeadingNode(top)) block = (['h1', 'h2', 'h3'].includes(top.getTag()) ? top.getTag() : 'h3') as BlockType;
  else if (top && $isQuoteNode(top)) block = 'quote';
  const linkNode = $findMatchingParent(anchor, $isLinkNode);
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    strikethrough: selection.hasFormat('strikethrough'),
    link: linkNode && $isLinkNode(linkNode) ? linkNode.getURL() : null,
    block,
  };
}

interface ToolButtonProps {
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick(): void;
  children: ReactNode;
}

function ToolButton({ label, shortcut, pressed, disabled, onClick, children }: ToolButtonProps): ReactNode {
  return (
    <button
      type="button"
      className="tool"
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut?.replace('⌘', 'Meta+')}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      tabIndex={-1}
      // Keep the editor's selection: a mouse press on a button must not blur the text.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

export function Toolbar(): ReactNode {
  const [editor] = useLexicalComposerContext();
  const [formats, setFormats] = useState<Formats>(NO_FORMATS);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [linkDialog, setLinkDialog] = useState<{ url: string } | null>(null);
  const barRef = useRef<HTMLDivElement>(null);

  const refresh = useCallback(() => {
    const next = editor.getEditorState().read(() => $readFormats());
    setFormats((previous) => sameFormats(previous, next));
  }, [editor]);

  const openLinkDialog = useCallback(() => {
    const url = editor.getEditorState().read(() => $readFormats().link);
    setLinkDialog({ url: url ?? '' });
  }, [editor]);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read(() => $readFormats());
          setFormats((previous) => sameFormats(previous, next));
        }),
        editor.registerCommand(SELECTION_CHANGE_COMMAND, () => { refresh(); return false; }, COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_UNDO_COMMAND, (v) => { setCanUndo(v); return false; }, COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (v) => { setCanRedo(v); return false; }, COMMAND_PRIORITY_LOW),
        registerEditorShortcuts(editor, [
          { matches: (e) => withMod(e) && !e.shiftKey && e.key.toLowerCase() === 'k', run: openLinkDialog },
          { matches: (e) => withMod(e) && e.shiftKey && e.key.toLowerCase() === 'x', run: () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'strikethrough') },
        ]),
      ),
    [editor, refresh, openLinkDialog],
  );

  const format = (f: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, f);

  function setBlock(next: BlockType) {
    if (next === 'bullet' || next === 'number') {
      editor.dispatchCommand(formats.block === next ? REMOVE_LIST_COMMAND : next === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
      return;
    }
    if (formats.block === 'bullet' || formats.block === 'number') editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      if (next === 'paragraph') $setBlocksType(selection, () => $createParagraphNode());
      else if (next === 'quote') $setBlocksType(selection, () => (formats.block === 'quote' ? $createParagraphNode() : $createQuoteNode()));
      else $setBlocksType(selection, () => $createHeadingNode(next as HeadingTagType));
    });
    editor.focus();
  }

  // Arrow keys move between the toolbar's controls; Tab leaves the toolbar.
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
    const target = e.target as HTMLElement;
    if (target.tagName === 'SELECT') return;
    const items = Array.from(barRef.current?.querySelectorAll<HTMLElement>('button:not(:disabled), select') ?? []);
    const i = items.indexOf(target);
    if (i < 0) return;
    e.preventDefault();
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : (i + (e.key === 'ArrowRight' ? 1 : -1) + items.length) % items.length;
    items[next]?.focus();
  }

  function onFocus(e: FocusEvent<HTMLDivElement>) {
    // Roving tab stop: whichever control has focus is the one Tab comes back to.
    for (const el of barRef.current?.querySelectorAll<HTMLElement>('button, select') ?? []) el.tabIndex = el === e.target ? 0 : -1;
  }

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting" aria-controls="article-body" ref={barRef} onKeyDown={onKeyDown} onFocus={onFocus}>
      <select
        className="tool-select"
        aria-label="Paragraph style"
        tabIndex={0}
        value={formats.block}
        onChange={(e) => setBlock(e.target.value as BlockType)}
      >
        {(Object.keys(BLOCK_LABELS) as BlockType[]).map((b) => (
          <option key={b} value={b}>{BLOCK_LABELS[b]}</option>
        ))}
      </select>
      <span className="tool-sep" aria-hidden="true" />
      <ToolButton label="Bold" shortcut={`${MOD}B`} pressed={formats.bold} onClick={() => format('bold')}><b>B</b></ToolButton>
      <ToolButton label="Italic" shortcut={`${MOD}I`} pressed={formats.italic} onClick={() => format('italic')}><i>I</i></ToolButton>
      <ToolButton label="Underline" shortcut={`${MOD}U`} pressed={formats.underline} onClick={() => format('underline')}><u>U</u></ToolButton>
      <ToolButton label="Strikethrough" shortcut={`${MOD}Shift+X`} pressed={formats.strikethrough} onClick={() => format('strikethrough')}><s>S</s></ToolButton>
      <ToolButton label="Link" shortcut={`${MOD}K`} pressed={formats.link !== null} onClick={openLinkDialog}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M6.5 9.5l3-3M7 4.5l1-1a2.5 2.5 0 013.5 3.5l-1 1M9 11.5l-1 1A2.5 2.5 0 014.5 9l1-1" /></svg>
      </ToolButton>
      <span className="tool-sep" aria-hidden="true" />
      <ToolButton label="Bulleted list" pressed={formats.block === 'bullet'} onClick={() => setBlock('bullet')}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="3" cy="4.5" r="1" /><circle cx="3" cy="8" r="1" /><circle cx="3" cy="11.5" r="1" /><path d="M6 4.5h7M6 8h7M6 11.5h7" /></svg>
      </ToolButton>
      <ToolButton label="Numbered list" pressed={formats.block === 'number'} onClick={() => setBlock('number')}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M6 4.5h7M6 8h7M6 11.5h7" /><text x="1.2" y="6" fontSize="4.5">1</text><text x="1.2" y="9.6" fontSize="4.5">2</text><text x="1.2" y="13.2" fontSize="4.5">3</text></svg>
      </ToolButton>
      <ToolButton label="Block quote" pressed={formats.block === 'quote'} onClick={() => setBlock('quote')}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 4v8M6 5h7M6 8h7M6 11h5" /></svg>
      </ToolButton>
      <span className="tool-sep" aria-hidden="true" />
      <ToolButton label="Undo" shortcut={`${MOD}Z`} disabled={!canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M5 3L2 6l3 3M2 6h7a4 4 0 010 8H7" /></svg>
      </ToolButton>
      <ToolButton label="Redo" shortcut={`${MOD}Shift+Z`} disabled={!canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M11 3l3 3-3 3M14 6H7a4 4 0 000 8h2" /></svg>
      </ToolButton>
      <ToolbarSlotTarget />
      {linkDialog && (
        <LinkDialog
          initialUrl={linkDialog.url}
          onCancel={() => { setLinkDialog(null); editor.focus(); }}
          onSubmit={(url) => {
            setLinkDialog(null);
            editor.focus();
            editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
          }}
        />
      )}
    </div>
  );
}
