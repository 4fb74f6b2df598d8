/**
 * The library-wide names report for the CLI (`copydesk check --library DIR`): every name spelled
 * more than one way across the library's articles and which articles use which spelling. Uses
 * (and refreshes) the library's persisted name index, so a second run reads only changed files.
 */
import { stat } from 'node:fs/promises';
import type { LibraryNamesReport } from '../../shared/contract/libraryScale.ts';
import { NameIndex } from './nameIndex.ts';

export async function libraryNamesReport(dir: string): Promise<LibraryNamesReport> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new Error(`${dir} is not a folder (a Copydesk library is a folder of article files).`);
  const index = await NameIndex.open(dir);
  try {
    await index.ready;
    return index.report();
  } finally {
    // A read-only library still gets its report; only the cached index is not saved.
    await index.close().catch(() => undefined);
  }
}

/** The report as plain text, one name per block. */
export function formatNamesReport(report: LibraryNamesReport): string {
  if (report.names.length === 0) return `${report.articles} articles: every name is spelled one way.\n`;
  const lines = [`${report.articles} articles: ${report.names.length} ${report.names.length === 1 ? 'name is' : 'names are'} spelled more than one way.`, ''];
  for (const name of report.names) {
    lines.push(`${name.form}`);
    for (const s of name.spellings) {
      const shown = s.articleIds.slice(0, 5).join(', ') + (s.articleIds.length > 5 ? `, … (${s.articleIds.length - 5} more)` : '');
      lines.push(`  ${s.text === name.form ? '*' : ' '} ${s.text} — ${s.articles} ${s.articles === 1 ? 'article' : 'articles'}: ${shown}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
