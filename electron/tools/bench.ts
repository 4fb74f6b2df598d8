/**
 * `npm run bench [-- NAME...] [-- --json]`: runs every benchmark module in ./bench/ (or only
 * those whose file name contains one of the NAMEs) and prints one table. A module that throws
 * is reported and the others still run; the exit status is then 1.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchModule, Row } from './benchKit.ts';
import { round } from './benchKit.ts';

const BENCH_DIR = join(fileURLToPath(new URL('.', import.meta.url)), 'bench');

export function benchModules(filters: readonly string[]): string[] {
  return readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
    .map((f) => basename(f, '.ts'))
    .filter((name) => filters.length === 0 || filters.some((want) => name.includes(want)))
    .sort();
}

export function formatTable(rows: readonly (Row & { bench: string })[]): string {
  const header = ['bench', 'measure', 'value', 'target', 'ok', 'note'];
  const cells = rows.map((r) => [
    r.bench,
    r.name,
    `${round(r.value)} ${r.unit}`,
    r.target ?? '',
    r.ok === undefined ? '' : r.ok ? 'yes' : 'NO',
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => c.map((s, i) => s.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  const filters = argv.filter((a) => !a.startsWith('--'));
  const names = benchModules(filters);
  if (names.length === 0) {
    process.stderr.write(`bench: no benchmark matches ${filters.join(', ')} (have: ${benchModules([]).join(', ')})\n`);
    return 2;
  }
  const rows: (Row & { bench: string })[] = [];
  let failed = false;
  for (const name of names) {
    process.stderr.write(`bench: running ${name}...\n`);
    try {
      const mod = (await import(pathToFileURL(join(BENCH_DIR, `${name}.ts`)).href)) as BenchModule;
      for (const row of await mod.run()) rows.push({ bench: name, ...row });
    } catch (error) {
      failed = true;
      process.stderr.write(`bench: ${name} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    }
  }
  process.stdout.write(json ? `${JSON.stringify(rows, null, 2)}\n` : `${formatTable(rows)}\n`);
  return failed ? 1 : 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
