// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $createLineBreakNode, $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { $createHeadingNode, $createQuoteNode, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $createListItemNode, $createListNode, ListItemNode, ListNode } from '@lexical/list';
import { $createLinkNode, LinkNode } from '@lexical/link';
import { $createMarkNode, MarkNode } from '@lexical/mark';
import { $buildTextMap, locateSpan, type TextMap } from './textMap.ts';
import { domRangeFor } from './domRange.ts';

function editorWithStory(): LexicalEditor {
  const editor = createEditor({
    namespace: 'test',
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, MarkNode],
    onError: (e) => { throw e; },
  });
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.append(root);
  editor.setRootElement(root);
  editor.update(() => {
    const heading = $createHeadingNode('h2').append($createTextNode('South Korea pledges aid'));
    const p1 = $createParagraphNode().append(
      $createTextNode('President '),
      $createTextNode('Yun Seok-yeol').toggleFormat('bold'),
      $createTextNode(' arrived in '),
      $createLinkNode('https://example.com').append($createTextNode('Kyiv')),
      $createTextNode(' on Saturday.'),
    );
    const quote = $createQuoteNode().append(
      $createTextNode('“We stand with Ukraine,” '),
      $createMarkNode(['flag-1']).append($createTextNode('Yoon')),
      $createTextNode(' said.'),
      $createLineBreakNode(),
      $createTextNode('He met Zelensky.'),
    );
    const list = $createListNode('bullet').append(
      $createListItemNode().append($createTextNode('3,000 troops')),
      $createListItemNode().append($createTextNode('10 troops')),
    );
    const empty = $createParagraphNode();
    const last = $createParagraphNode().append($createTextNode('Jung visited a hospital.'));
    $getRoot().clear().append(heading, p1, quote, list, empty, last);
  }, { discrete: true });
  return editor;
}

function mapOf(editor: LexicalEditor): { map: TextMap; lexicalText: string } {
  return editor.getEditorState().read(() => ({ map: $buildTextMap(), lexicalText: $getRoot().getTextContent() }));
}

describe('mapping engine offsets to editor nodes and DOM ranges', () => {
  it("builds exactly the text Lexical's getTextContent gives", () => {
    const { map, lexicalText } = mapOf(editorWithStory());
    expect(map.text).toBe(lexicalText);
    expect(map.blocks).toHaveLength(6);
  });

  it.each([
    'Yun Seok-yeol',
    'President Yun Seok-yeol arrived',
    'Kyiv',
    'arrived in Kyiv on',
    'Yoon',
    'Yoon said',
    'He met Zelensky',
    '10 troops',
    'Jung',
    'South Korea',
  ])('a span over %j becomes a DOM range with that text', (needle) => {
    const editor = editorWithStory();
    const { map } = mapOf(editor);
    const start = map.text.indexOf(needle);
    expect(start).toBeGreaterThanOrEqual(0);
    const points = locateSpan(map, start, start + needle.length);
    expect(points).not.toBeNull();
    const range = domRangeFor(editor, points![0], points![1]);
    expect(range?.toString()).toBe(needle);
  });

  it('finds nothing for offsets beyond the text', () => {
    const { map } = mapOf(editorWithStory());
    expect(locateSpan(map, map.text.length + 5, map.text.length + 9)).toBeNull();
  });
});
