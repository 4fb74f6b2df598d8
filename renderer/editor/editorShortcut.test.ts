// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND, type LexicalEditor } from 'lexical';
import { editorWithParagraphs } from './testing.ts';
import { registerEditorShortcut } from './editorShortcut.ts';

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

const isCtrlAltM = (e: KeyboardEvent) => e.ctrlKey && e.altKey && e.code === 'KeyM';

function editorWithShortcut(onKeyDown: (e: KeyboardEvent) => boolean): { editor: LexicalEditor; root: HTMLElement } {
  const editor = editorWithParagraphs(['The minister said']);
  cleanups.push(registerEditorShortcut(editor, onKeyDown));
  return { editor, root: editor.getRootElement()! };
}

describe('editor shortcuts on the body element', () => {
  it('takes its key (default prevented) and lets the others through', () => {
    const handler = vi.fn(isCtrlAltM);
    const { root } = editorWithShortcut(handler);
    expect(press(root, { key: 'm', code: 'KeyM', ctrlKey: true, altKey: true }).defaultPrevented).toBe(true);
    expect(press(root, { key: 'm', code: 'KeyM' }).defaultPrevented).toBe(false);
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it("runs before Lexical's own keydown listeners see the key", () => {
    const { editor, root } = editorWithShortcut(isCtrlAltM);
    const seen: boolean[] = [];
    cleanups.push(editor.registerCommand(KEY_DOWN_COMMAND, (e) => { seen.push(e.defaultPrevented); return false; }, COMMAND_PRIORITY_NORMAL));
    press(root, { key: 'm', code: 'KeyM', ctrlKey: true, altKey: true });
    expect(seen).toEqual([true]);
  });

  it('leaves keys that belong to an IME composition alone', () => {
    const handler = vi.fn(() => true);
    const { root } = editorWithShortcut(handler);
    expect(press(root, { key: 'm', isComposing: true }).defaultPrevented).toBe(false);
    expect(handler).not.toHaveBeenCalled();
  });

  it('follows the editor to a new body element and stops when unregistered', () => {
    const editor = editorWithParagraphs(['The minister said']);
    const handler = vi.fn(() => true);
    const unregister = registerEditorShortcut(editor, handler);
    const first = editor.getRootElement()!;
    const second = document.createElement('div');
    second.contentEditable = 'true';
    document.body.append(second);
    editor.setRootElement(second);
    press(first, { key: 'x' });
    press(second, { key: 'x' });
    expect(handler).toHaveBeenCalledTimes(1);
    unregister();
    press(second, { key: 'x' });
    expect(handler).toHaveBeenCalledTimes(1);
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
    expect(copiesPerKey((editor) => registerEditorShortcut(editor, isCtrlAltM))).toBe(baseline);
    expect(copiesPerKey((editor) => editor.registerCommand(KEY_DOWN_COMMAND, isCtrlAltM, COMMAND_PRIORITY_NORMAL))).toBe(baseline + 1);
  });
});
