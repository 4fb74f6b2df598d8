/**
 * The two output formats of `copydesk check`: linter-style lines for people, and the JSON
 * shape documented in issue 3 for pipelines.
 */
import type { AnalysisResult, Finding, Severity } from '../../shared/analysis/index.ts';
import type { AnalysedText } from './source.ts';
import { lineIndex } from './source.ts';

export interface CheckedFile {
  path: string;
  input: AnalysedText;
  result: AnalysisResult;
}

export interface FailedFile {
  path: string;
  error: string;
}

/**
 * Text from the checked file goes to a terminal: control characters (escape sequences could
 * rewrite the screen or the title bar) and bidirectional overrides are shown as visible
 * placeholders, never sent raw.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/[\r\n\t]+/g, ' ');
}

function positionOf(file: CheckedFile): (offset: number) => { line: number; column: number } {
  const index = lineIndex(file.input.source);
  const toSource = file.input.toSource ?? ((offset: number) => offset);
  return (offset) => index(toSource(offset));
}

function suggestionLabel(f: Finding): string {
  if (f.suggestion === undefined) return '';
  return f.suggestion === '' ? '  (remove)' : `  (→ ${f.suggestion})`;
}

export function formatText(files: readonly CheckedFile[], failed: readonly FailedFile[]): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const file of files) {
    const at = positionOf(file);
    for (const f of file.result.findings) {
      counts[f.severity]++;
      const { line, column } = at(f.start);
      lines.push(printable(`${file.path}:${line}:${column}  ${f.severity}  ${f.message}${suggestionLabel(f)}  [${f.check}]`));
    }
  }
  const total = counts.error + counts.warning + counts.info;
  const checked = `${files.length} file${files.length === 1 ? '' : 's'} checked`;
  const unread = failed.length ? `, ${failed.length} could not be read` : '';
  lines.push(
    files.length === 0
      ? `Nothing checked: ${failed.length} file${failed.length === 1 ? '' : 's'} could not be read.`
      : total === 0
      ? `No problems found (${checked}${unread}).`
      : `${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info) in ${checked}${unread}.`,
  );
  return `${lines.join('\n')}\n`;
}

/** The `--json` shape of issue 3, plus line/column (in the source file) and quote kinds/ids. */
export function formatJson(files: readonly CheckedFile[], failed: readonly FailedFile[]): string {
  const out = files.map((file) => {
    const at = positionOf(file);
    return {
      path: file.path,
      findings: file.result.findings.map((f) => ({
        id: f.id,
        check: f.check,
        severity: f.severity,
        message: f.message,
        start: f.start,
        end: f.end,
        text: f.text,
        ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
        ...(f.variants ? { variants: f.variants } : {}),
        ...(f.related ? { related: f.related } : {}),
        ...at(f.start),
      })),
      quotes: file.result.quotes.map((q) => ({ id: q.id, text: q.text, start: q.start, end: q.end, speaker: q.speaker, kind: q.kind })),
      entities: file.result.entities.map((e) => ({ name: e.name, kind: e.kind, mentions: e.mentions })),
    };
  });
  return `${JSON.stringify({ files: [...out, ...failed.map((f) => ({ path: f.path, error: f.error }))] }, null, 2)}\n`;
}
