/**
 * Reads one input file into the text the engine analyses. The format is chosen by extension;
 * anything the CLI cannot read is a `InputError` whose message is the one line the user sees.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Article } from '../../shared/article/schema.ts';
import { plainTextOf } from '../../shared/article/plainText.ts';
import { markdownToText } from './markdown.ts';
import type { AnalysedText } from './source.ts';

/** Files above this size are refused: no newsroom story is 20 MB, a mistaken dump might be. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export const FORMATS: Record<string, string> = {
  '.txt': 'plain text',
  '.text': 'plain text',
  '.md': 'Markdown',
  '.markdown': 'Markdown',
  '.html': 'HTML',
  '.htm': 'HTML',
  '.docx': 'Word document',
  '.json': 'Copydesk article',
};

export class InputError extends Error {
  override name = 'InputError';
}

export async function readInput(path: string): Promise<AnalysedText> {
  const ext = extname(path).toLowerCase();
  if (!(ext in FORMATS)) {
    throw new InputError(`${path}: cannot check ${ext ? `"${ext}" files` : 'a file without an extension'}; use ${Object.keys(FORMATS).join(', ')}`);
  }
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`${path}: not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: cannot read it (${describe(error)})`);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new InputError(`${path}: too large to check (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB)`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(`${path}: cannot read it (${describe(error)})`);
  }
  if (ext === '.docx') return docxToText(path, bytes);
  const source = decodeText(path, bytes, FORMATS[ext]!);
  if (ext === '.md' || ext === '.markdown') return markdownToText(source);
  // The HTML parser and mammoth load only when needed: `copydesk check story.txt` starts faster.
  if (ext === '.html' || ext === '.htm') return (await import('./html.ts')).htmlToText(source);
  if (ext === '.json') return articleToText(path, source);
  return { text: source, source };
}

/** UTF-8 text without a byte-order mark; binary content is refused rather than misread. */
function decodeText(path: string, bytes: Buffer, format: string): string {
  if (bytes.includes(0)) throw new InputError(`${path}: this is not ${format} (it contains binary data)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path}: not valid UTF-8 text; save it as UTF-8 and try again`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function docxToText(path: string, bytes: Buffer): Promise<AnalysedText> {
  // A .docx is a zip file; anything else (a renamed .doc, a text file) is refused up front.
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    throw new InputError(`${path}: not a Word .docx document (an old .doc or another format? save it as .docx)`);
  }
  let raw: string;
  try {
    const mammoth = (await import('mammoth')).default;
    raw = (await mammoth.extractRawText({ buffer: bytes })).value;
  } catch (error) {
    throw new InputError(`${path}: cannot read this Word document (${describe(error)})`);
  }
  // mammoth ends every paragraph with "\n\n"; trailing whitespace is not copy.
  const text = raw.replace(/\s+$/, '');
  return { text, source: text };
}

/**
 * A Copydesk article: headline, standfirst and body as one text, each a paragraph, so the
 * headline's spellings are checked with the body's. Line:col then count in that text.
 */
function articleToText(path: string, source: string): AnalysedText {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${describe(error)})`);
  }
  const parsed = Article.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at "${issue.path.join('.')}"` : '';
    throw new InputError(`${path}: not a Copydesk article${where}: ${issue?.message ?? 'unknown format'}`);
  }
  const article = parsed.data;
  const text = [article.title, article.standfirst, plainTextOf(article.body)].filter((part) => part.trim() !== '').join('\n\n');
  return { text, source: text, dismissed: article.dismissed.map((d) => d.findingId) };
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  if (e?.code === 'EISDIR') return 'it is a folder';
  return e instanceof Error ? e.message.split('\n')[0]! : String(error);
}
