/**
 * `copydesk` — the command line. `copydesk check [--json] [--style-book FILE] FILE...` checks
 * copy with the same engine the app uses. Exit status: 0 no error-severity finding, 1 at least
 * one, 2 bad usage or unreadable input (one clear line on stderr for each problem).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyze, parseStyleBook } from '../../shared/analysis/index.ts';
import type { AnalyzeOptions, StyleBook } from '../../shared/analysis/index.ts';
import type { LibraryNamesReport } from '../../shared/contract/libraryScale.ts';
import { STYLE_BOOK_FILE } from '../../shared/contract/styleBook.ts';
import type { CheckedFile, FailedFile } from './format.ts';
import { formatJson, formatText } from './format.ts';
import { FORMATS, InputError, MAX_INPUT_BYTES, readInput } from './readers.ts';

export const USAGE = `Usage: copydesk check [--json] [--style-book FILE] FILE...
       copydesk check [--json] --library DIR [FILE...]

Checks news copy the way a copy desk does: one person spelled several ways, numbers that
contradict each other, quotes without a speaker, acronyms never spelled out, web-page
furniture pasted in with the text, unsourced claims and the house style book.

Inputs: ${Object.entries(FORMATS).map(([ext, name]) => `${ext} (${name})`).join(', ')}.
Files larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB are refused.

Options:
  --json             print findings, quotes and entities as JSON (offsets are UTF-16 code
                     units into the plain text the engine analysed)
  --style-book FILE  the house style book: JSON, {"entries": {"Kyiv": ["Kiev"]}} or the bare
                     map (format: shared/analysis/STYLE-BOOK.md)
  --library DIR      report every name spelled more than one way across the Copydesk
                     library in DIR, and which articles use which spelling; FILEs are
                     checked with the library's house style book (DIR/style-book.json,
                     the one the app edits) unless --style-book names another
  -h, --help         show this help
  -v, --version      show the version

Output: FILE:LINE:COL  SEVERITY  MESSAGE  (→ SUGGESTION)  [CHECK], then a summary line.
Exit status: 0 no errors found, 1 errors found, 2 bad usage or unreadable input.
`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

class UsageError extends Error {}

interface CheckArgs {
  json: boolean;
  styleBook: string | null;
  library: string | null;
  files: string[];
}

function parseCheckArgs(args: readonly string[]): CheckArgs {
  const parsed: CheckArgs = { json: false, styleBook: null, library: null, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      parsed.files.push(...args.slice(i + 1));
      break;
    } else if (arg === '--json') parsed.json = true;
    else if (arg === '--style-book' || arg.startsWith('--style-book=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (!value) throw new UsageError('--style-book needs a FILE');
      parsed.styleBook = value;
    } else if (arg === '--library' || arg.startsWith('--library=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (!value) throw new UsageError('--library needs a DIR');
      parsed.library = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else parsed.files.push(arg);
  }
  if (parsed.files.length === 0 && !parsed.library) throw new UsageError('no FILE to check');
  return parsed;
}

/** `optional`: a missing file is no book (a library without one), not an error. */
async function loadStyleBook(path: string, optional = false): Promise<StyleBook | null> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (optional && e.code === 'ENOENT') return null;
    const reason = e.code === 'ENOENT' ? 'no such file' : e.code ? e.code : `not valid JSON: ${e.message}`;
    throw new InputError(`${path}: cannot read the style book (${reason})`);
  }
  try {
    return parseStyleBook(json);
  } catch (error) {
    throw new InputError(`${path}: ${(error as Error).message}`);
  }
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.err('copydesk: no command given (usage: copydesk check [--json] [--style-book FILE] FILE...; see copydesk --help)\n');
    return 2;
  }
  if (command === '-h' || command === '--help' || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    io.out(`copydesk ${pkg.version}\n`);
    return 0;
  }
  if (command !== 'check') {
    io.err(`copydesk: unknown command "${command}" (try: copydesk check FILE...; copydesk --help)\n`);
    return 2;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.out(USAGE);
    return 0;
  }
  let args: CheckArgs;
  try {
    args = parseCheckArgs(rest);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`copydesk check: ${error.message} (see copydesk --help)\n`);
    return 2;
  }
  const options: AnalyzeOptions = {};
  // The library's own book applies to the files checked with it, unless another is named.
  const bookPath = args.styleBook ?? (args.library && args.files.length ? join(args.library, STYLE_BOOK_FILE) : null);
  if (bookPath) {
    try {
      const book = await loadStyleBook(bookPath, !args.styleBook);
      if (book) options.styleBook = book;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.err(`copydesk check: ${error.message}\n`);
      return 2;
    }
  }
  const checked: CheckedFile[] = [];
  const failed: FailedFile[] = [];
  for (const path of args.files) {
    try {
      const input = await readInput(path);
      const result = analyze(input.text, input.dismissed ? { ...options, dismissed: input.dismissed } : options);
      checked.push({ path, input, result });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failed.push({ path, error: error.message });
      io.err(`copydesk check: ${error.message}\n`);
    }
  }
  let library: LibraryNamesReport | null = null;
  // The library's name index (electron/names) loads only when asked for.
  const names = args.library ? await import('../names/libraryNamesReport.ts') : null;
  if (args.library && names) {
    try {
      library = await names.libraryNamesReport(args.library);
    } catch (error) {
      io.err(`copydesk check: ${(error as Error).message}\n`);
      return 2;
    }
  }
  if (args.json) {
    const json = JSON.parse(formatJson(checked, failed)) as Record<string, unknown>;
    io.out(`${JSON.stringify(library ? { ...json, library } : json, null, 2)}\n`);
  } else {
    if (args.files.length) io.out(formatText(checked, failed));
    if (library && names) io.out(names.formatNamesReport(library));
  }
  if (failed.length) return 2;
  return checked.some((f) => f.result.findings.some((x) => x.severity === 'error')) ? 1 : 0;
}
