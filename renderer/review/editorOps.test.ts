// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { $getRoot, $getSelection, $isRangeSelection, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { editorWithParagraphs } from '../editor/testing.ts';
import { replaceSpans, selectSpan } from './editorOps.ts';

const STORY = [
  'South Korean President Yun Seok-yeol made a surprise visit to Kyiv on Saturday.',
  'Yoon Seok-yeol met President Zelensky, and Yun promised more aid.',
  'Comments',
  'Yoon’s office said the trip had been kept secret.',
];


const textOf = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getTextContent());

function spansOf(text: string, word: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) out.push({ start: i, end: i + word.length });
  return out;
}

describe('one-click fixes on the editor', () => {
  it('unifies every spelling in one step that one undo reverts', async () => {
    const editor = editorWithParagraphs(STORY);
    const before = textOf(editor);
    const edits = [
      ...spansOf(before, 'Yun Seok-yeol'),
      ...spansOf(before, 'Yoon Seok-yeol'),
      ...spansOf(before, 'Yun promised').map((s) => ({ start: s.start, end: s.start + 3 })),
    ].map((s) => ({ ...s, replacement: 'Yoon Suk Yeol' }));
    expect(replaceSpans(editor, edits)).toBe(3);
    const after = textOf(editor);
    expect(after).toContain('President Yoon Suk Yeol made');
    expect(after).toContain('Yoon Suk Yeol met President Zelensky, and Yoon Suk Yeol promised');
    expect(after).not.toMatch(/Yun|Seok/);

    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await Promise.resolve();
    expect(textOf(editor)).toBe(before);
  });

  it('removes a furniture paragraph entirely when the fix is to delete it', () => {
    const editor = editorWithParagraphs(STORY);
    const text = textOf(editor);
    const start = text.indexOf('Comments');
    replaceSpans(editor, [{ start, end: start + 'Comments'.length, replacement: '' }]);
    const after = textOf(editor);
    expect(after).not.toContain('Comments');
    expect(after.split('\n\n')).toHaveLength(3);
  });

  it('selects a span so the editor shows it selected', () => {
    const editor = editorWithParagraphs(STORY);
    const text = textOf(editor);
    const start = text.indexOf('Zelensky');
    expect(selectSpan(editor, start, start + 8)).toBe(true);
    const selected = editor.getEditorState().read(() => {
      const s = $getSelection();
      return $isRangeSelection(s) ? s.getTextContent() : null;
    });
    expect(selected).toBe('Zelensky');
  });
});
