import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const EVAL = fileURLToPath(new URL('./eval.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'copydesk-eval-'));

function evalCli(...args: string[]) {
  const r = spawnSync(process.execPath, [EVAL, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run eval', { timeout: 120_000 }, () => {
  it('scores a labelled numbers file and lists the miss by its phrases', () => {
    const path = join(dir, 'numbers.jsonl');
    const rows = [
      // A conflict the engine must find: the toll stated twice with no update in between.
      { id: 'toll', text: 'A landslide killed 23 people in the village of Terno on Saturday, officials said. The governor said the death toll of 32 made it the worst in decades.', conflicts: [['killed 23 people', 'the death toll of 32']] },
      // A labelled conflict whose second phrase is not in the text: reported as a labelling problem.
      { id: 'typo', text: 'The committee has 12 members, the chairman said on Monday.', conflicts: [['has 12 members', 'all 14 members']] },
    ];
    writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n'));
    const r = evalCli('numbers', path);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^numbers — .*numbers\.jsonl\n/);
    expect(r.stdout).toMatch(/ {2}conflicts +2\n/);
    expect(r.stdout).toMatch(/misses \(\d\):\n(.*\n)*.*id: typo \| conflict: \["has 12 members","all 14 members"\] \| problem: phrase not found in the text: "all 14 members"/);
  });

  it('refuses an unknown set, a missing file and a malformed row with one line and status 2', () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"text": "fine", "conflicts": []}\n{"text": "no labels"}\n');
    const cases: [string[], RegExp][] = [
      [['spelling', bad], /^eval: unknown set "spelling" \(have: .*numbers.*\)\n$/],
      [['numbers', join(dir, 'missing.jsonl')], /^eval: .*missing\.jsonl: cannot read it \(ENOENT\)\n$/],
      [['numbers', bad], /^eval: .*bad\.jsonl:2: row has no conflicts field\n$/],
      [['numbers'], /^usage: npm run eval -- /],
    ];
    for (const [args, message] of cases) {
      const r = evalCli(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});
