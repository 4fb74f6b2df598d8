// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { $getRoot, $isTextNode, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { MarkNode } from '@lexical/mark';
import type { Article } from '../../shared/article/schema.ts';
import { bodyFromParagraphs } from '../../shared/article/plainText.ts';
import { editorWithParagraphs } from '../editor/testing.ts';
import { _resetSaveQueue, useArticle } from '../stores/article.ts';
import { $marksWithFlag, createFlag, deleteFlag, setFlagStatus } from './actions.ts';

const STORY = [
  'According to the publication, South Korean President Yun Seok-yeol shared the plan with Mark Rutte.',
  'Rutte said the involvement of North Korean forces was a top priority for NATO.',
];

function setUp(): LexicalEditor {
  const editor = editorWithParagraphs(STORY, [MarkNode]);
  const at = '2026-11-20T09:00:00.000Z';
  const article: Article = {
    format: 'copydesk-article', version: 1, id: 'korea', createdAt: at, updatedAt: at, revision: 1,
    title: 'Delegation', standfirst: '', byline: '', dateline: '', status: 'draft', tags: [],
    body: bodyFromParagraphs(STORY), flags: [], quotes: [], dismissed: [],
  };
  useArticle.setState({ article, editor });
  return editor;
}

afterEach(() => {
  _resetSaveQueue(); // nothing here talks to a host
  useArticle.setState({ article: null, editor: null });
});

/** A draft for the first occurrence of `needle`, as the dialog receives it. */
function draftFor(editor: LexicalEditor, needle: string) {
  return editor.getEditorState().read(() => {
    for (const node of $getRoot().getAllTextNodes()) {
      const i = node.getTextContent().indexOf(needle);
      if (i >= 0 && $isTextNode(node)) {
        return { anchor: { key: node.getKey(), offset: i }, focus: { key: node.getKey(), offset: i + needle.length }, isBackward: false, text: needle };
      }
    }
    throw new Error(`${needle} not in the story`);
  });
}

const markedText = (editor: LexicalEditor, id: string) =>
  editor.getEditorState().read(() => $marksWithFlag(id).map((m) => m.getTextContent()).join(''));

describe('editor flags', () => {
  it('marks the span, saves the flag with its author, and survives undo and redo', async () => {
    const editor = setUp();
    const flag = createFlag(editor, draftFor(editor, 'Mark Rutte'), { category: 'name', note: 'Check against NATO site', author: 'Min-ji Park' })!;
    expect(markedText(editor, flag.id)).toBe('Mark Rutte');
    expect(useArticle.getState().article!.flags).toMatchObject([{ id: flag.id, category: 'name', author: 'Min-ji Park', status: 'open', text: 'Mark Rutte' }]);
    expect(JSON.stringify(editor.getEditorState().toJSON())).toContain(flag.id);

    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await Promise.resolve(); // the history commits the restored state in a microtask
    expect(markedText(editor, flag.id)).toBe('');
    editor.dispatchCommand(REDO_COMMAND, undefined);
    await Promise.resolve();
    expect(markedText(editor, flag.id)).toBe('Mark Rutte');
  });

  it('keeps the mark around text typed inside the span', () => {
    const editor = setUp();
    const flag = createFlag(editor, draftFor(editor, 'Mark Rutte'), { category: 'name', note: '', author: 'Min-ji Park' })!;
    editor.update(() => {
      const text = $marksWithFlag(flag.id)[0]!.getFirstDescendant()!;
      if ($isTextNode(text)) text.spliceText(4, 0, ' R.', false);
    }, { discrete: true });
    expect(markedText(editor, flag.id)).toBe('Mark R. Rutte');
  });

  it('resolves, reopens, and deletes by unwrapping the mark and keeping the words', () => {
    const editor = setUp();
    const flag = createFlag(editor, draftFor(editor, 'top priority'), { category: 'quote', note: 'Exact words?', author: 'Min-ji Park' })!;
    setFlagStatus(flag.id, 'resolved');
    expect(useArticle.getState().article!.flags[0]).toMatchObject({ status: 'resolved', resolvedAt: expect.any(String) });
    setFlagStatus(flag.id, 'open');
    expect(useArticle.getState().article!.flags[0]).toMatchObject({ status: 'open', resolvedAt: null });
    deleteFlag(editor, flag.id);
    expect(useArticle.getState().article!.flags).toEqual([]);
    expect(markedText(editor, flag.id)).toBe('');
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toContain('a top priority for NATO');
  });
});
