// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { $getSelection, COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND, type LexicalEditor } from 'lexical';
import { editorWithParagraphs } from './testing.ts';
import { registerEditorShortcuts, type EditorShortcut } from './editorShortcut.ts';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
  document.body.innerHTML = '';
});

function press(target: HTMLElement, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

const CTRL_ALT_M: KeyboardEventInit = { key: 'm', code: 'KeyM', ctrlKey: true, altKey: true };
const isCtrlAltM = (e: KeyboardEvent) => e.ctrlKey && e.altKey && e.code === 'KeyM';

function editorWith(shortcuts: EditorShortcut[]): { editor: LexicalEditor; root: HTMLElement } {
  const editor = editorWithParagraphs(['The minister said']);
  cleanups.push(registerEditorShortcuts(editor, shortcuts));
  return { editor, root: editor.getRootElement()! };
}

describe('editor shortcuts on the body element', () => {
  it('runs the shortcut whose key it is, with the key kept from the text, and lets other keys through', () => {
    const run = vi.fn();
    const { root } = editorWith([{ matches: isCtrlAltM, run }]);
    expect(press(root, CTRL_ALT_M).defaultPrevented).toBe(true);
    expect(press(root, { key: 'm', code: 'KeyM' }).defaultPrevented).toBe(false);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("runs before Lexical's own keydown listeners see the key", () => {
    const { editor, root } = editorWith([{ matches: isCtrlAltM, run: () => undefined }]);
    const seen: boolean[] = [];
    cleanups.push(editor.registerCommand(KEY_DOWN_COMMAND, (e) => { seen.push(e.defaultPrevented); return false; }, COMMAND_PRIORITY_NORMAL));
    press(root, CTRL_ALT_M);
    expect(seen).toEqual([true]);
  });

  it('reads the selection the user made, even before Lexical has heard of it', () => {
    let selected = '';
    const { editor, root } = editorWith([{ matches: isCtrlAltM, run: () => { selected = editor.getEditorState().read(() => $getSelection()?.getTextContent() ?? ''); } }]);
    // The DOM selection moves ("minister"); the selectionchange that tells Lexical has not run yet.
    const text = root.querySelector('span')!.firstChild!;
    document.getSelection()!.setBaseAndExtent(text, 4, text, 12);
    press(root, CTRL_ALT_M);
    expect(selected).toBe('minister');
  });

  it('leaves keys that belong to an IME composition alone', () => {
    const run = vi.fn();
    const { root } = editorWith([{ matches: () => true, run }]);
    expect(press(root, { key: 'm', isComposing: true }).defaultPrevented).toBe(false);
    expect(run).not.toHaveBeenCalled();
  });

  it('follows the editor to a new body element and stops when unregistered', () => {
    const editor = editorWithParagraphs(['The minister said']);
    const run = vi.fn();
    const unregister = registerEditorShortcuts(editor, [{ matches: () => true, run }]);
    const first = editor.getRootElement()!;
    const second = document.createElement('div');
    second.contentEditable = 'true';
    document.body.append(second);
    editor.setRootElement(second);
    press(first, { key: 'x' });
    press(second, { key: 'x' });
    expect(run).toHaveBeenCalledTimes(1);
    unregister();
    press(second, { key: 'x' });
    expect(run).toHaveBeenCalledTimes(1);
    editor.setRootElement(null);
  });

  it('opens no editor update of its own on a keystroke, unlike a KEY_DOWN_COMMAND listener', () => {
    // Each command priority level with a listener runs in an update of its own, and an update
    // starts by copying the editor state's node map: those copies are what is counted here.
    const copiesPerKey = (register: (editor: LexicalEditor) => () => void): number => {
      const editor = editorWithParagraphs(['The minister said', 'on Tuesday']);
      cleanups.push(register(editor));
      const nodeMap = editor.getEditorState()._nodeMap;
      let copies = 0;
      const RealMap = globalThis.Map;
      globalThis.Map = class CountingMap<K, V> extends RealMap<K, V> {
        constructor(entries?: Iterable<readonly [K, V]> | null) {
          super(entries);
          if (entries instanceof RealMap && entries.size === nodeMap.size) copies += 1;
        }
      } as MapConstructor;
      try {
        press(editor.getRootElement()!, { key: 'a', code: 'KeyA' });
      } finally {
        globalThis.Map = RealMap;
      }
      return copies;
    };
    const baseline = copiesPerKey(() => () => undefined);
    expect(copiesPerKey((editor) => registerEditorShortcuts(editor, [{ matches: isCtrlAltM, run: () => undefined }]))).toBe(baseline);
    expect(copiesPerKey((editor) => editor.registerCommand(KEY_DOWN_COMMAND, isCtrlAltM, COMMAND_PRIORITY_NORMAL))).toBe(baseline + 1);
  });
});
