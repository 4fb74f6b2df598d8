/** Helpers for tests of the library and the hosts: temp folders and real-looking articles. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bodyFromParagraphs } from '../../shared/article/plainText.ts';
import type { EditorStateJSON } from '../../shared/article/schema.ts';

export async function makeTempDir(prefix = 'copydesk-test-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export const KYIV_PARAGRAPHS = [
  'A South Korean parliamentary delegation arrived in Kyiv on Tuesday, the first such visit since the war began.',
  'Yun Seok-yeol, who led the delegation, said the lawmakers would meet President Volodymyr Zelensky on Wednesday.',
  '"We came to listen," Yun said at the railway station, where about 3,000 people had gathered.',
];

export function kyivBody(): EditorStateJSON {
  return bodyFromParagraphs(KYIV_PARAGRAPHS);
}

/** A body of about `words` words in paragraphs of 50, for benchmarks and size tests. */
export function longBody(words: number): EditorStateJSON {
  const sentence = 'The delegation met officials in Kyiv and Lviv to discuss reconstruction aid and grain exports';
  const perSentence = sentence.split(' ').length;
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const n = Math.min(3, Math.ceil((words - count) / perSentence));
    paragraphs.push(Array.from({ length: n }, () => sentence + '.').join(' '));
    count += n * perSentence;
  }
  return bodyFromParagraphs(paragraphs);
}
