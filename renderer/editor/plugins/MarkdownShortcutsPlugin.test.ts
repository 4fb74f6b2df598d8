// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { $getRoot, $getSelection, $isRangeSelection, $isTextNode, type ElementNode, type LexicalEditor } from 'lexical';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $isListNode } from '@lexical/list';
import { $isLinkNode } from '@lexical/link';
import { registerMarkdownShortcuts } from '@lexical/markdown';
import { editorWithParagraphs } from '../testing.ts';
import { EDITOR_NODES } from '../nodes.ts';
import { MARKDOWN_TRANSFORMERS } from '../markdown.ts';
import { registerFilteredMarkdownShortcuts, shortcutTriggers } from './MarkdownShortcutsPlugin.tsx';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
  document.body.innerHTML = '';
});

/** An editor with one empty paragraph, the caret in it, and the given shortcut registration. */
function editorWith(register: (editor: LexicalEditor) => () => void): LexicalEditor {
  const editor = editorWithParagraphs([''], EDITOR_NODES);
  cleanups.push(register(editor));
  editor.update(() => $getRoot().getFirstChildOrThrow<ElementNode>().selectEnd(), { discrete: true });
  return editor;
}

/** Types `text` a character at a time, as keystrokes do: one update each, then its listeners. */
async function type(editor: LexicalEditor, text: string): Promise<void> {
  for (const ch of text) {
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText(ch);
    }, { discrete: true });
    // A shortcut's own update is committed in a microtask.
    await Promise.resolve();
    await Promise.resolve();
  }
}

const filtered = (editor: LexicalEditor) => registerFilteredMarkdownShortcuts(editor, MARKDOWN_TRANSFORMERS);

describe('markdown shortcuts, heard only after a trigger character', () => {
  it('knows the characters that can end a shortcut', () => {
    expect([...shortcutTriggers(MARKDOWN_TRANSFORMERS)].sort()).toEqual([' ', ')', '*', '_', '~']);
  });

  it('turns "# " into a heading and "> " into a quote', async () => {
    const heading = editorWith(filtered);
    await type(heading, '# Ministers meet');
    heading.read(() => {
      const first = $getRoot().getFirstChild();
      expect($isHeadingNode(first) && first.getTag()).toBe('h1');
      expect(first?.getTextContent()).toBe('Ministers meet');
    });
    const quote = editorWith(filtered);
    await type(quote, '> said');
    quote.read(() => expect($isQuoteNode($getRoot().getFirstChild())).toBe(true));
  });

  it('turns "- " into a bulleted list', async () => {
    const editor = editorWith(filtered);
    await type(editor, '- first');
    editor.read(() => {
      const first = $getRoot().getFirstChild();
      expect($isListNode(first) && first.getListType()).toBe('bullet');
      expect(first?.getTextContent()).toBe('first');
    });
  });

  it('formats **bold**, _italic_ and ~~strike~~ when the closing tag is typed', async () => {
    const editor = editorWith(filtered);
    await type(editor, 'a **bold** and _soft_ and ~~gone~~');
    editor.read(() => {
      const texts = $getRoot().getAllTextNodes();
      const format = (word: string) => {
        const node = texts.find((t) => t.getTextContent() === word);
        return node && $isTextNode(node) ? { bold: node.hasFormat('bold'), italic: node.hasFormat('italic'), strike: node.hasFormat('strikethrough') } : null;
      };
      expect($getRoot().getTextContent()).toBe('a bold and soft and gone');
      expect(format('bold')).toEqual({ bold: true, italic: false, strike: false });
      expect(format('soft')).toEqual({ bold: false, italic: true, strike: false });
      expect(format('gone')).toEqual({ bold: false, italic: false, strike: true });
    });
  });

  it('turns [text](url) into a link when ")" is typed', async () => {
    const editor = editorWith(filtered);
    await type(editor, 'see [the report](https://example.org/r)');
    editor.read(() => {
      const link = $getRoot().getAllTextNodes().map((t) => t.getParent()).find($isLinkNode);
      expect(link?.getURL()).toBe('https://example.org/r');
      expect(link?.getTextContent()).toBe('the report');
    });
  });

  it('opens no update of its own for keystrokes that cannot end a shortcut', async () => {
    // Lexical's listener unfiltered opens one per keystroke; filtered, only after a trigger.
    const count = async (register: (editor: LexicalEditor) => () => void, text: string) => {
      const editor = editorWith(register);
      const update = vi.spyOn(editor, 'update');
      await type(editor, text);
      return update.mock.calls.length - [...text].length;
    };
    expect(await count((e) => registerMarkdownShortcuts(e, MARKDOWN_TRANSFORMERS), 'plain words')).toBe(11);
    expect(await count(filtered, 'plain words')).toBe(1);
  });
});
