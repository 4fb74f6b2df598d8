import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../shared/analysis/index.ts';
import { formatJson, formatText } from './format.ts';

// A hostile file's text reaches the terminal inside messages: it must never carry raw escapes.
const text = 'Comments\n\nPhone: \u001b]0;owned\u0007+38-093-928-22-37 \u202eevil';
const result: AnalysisResult = {
  findings: [
    {
      id: 'furniture:x1',
      check: 'furniture',
      severity: 'warning',
      message: `This looks like part of the web page: "${text.slice(10)}"; remove it.`,
      start: 10,
      end: text.length,
      text: text.slice(10),
      suggestion: '',
    },
  ],
  quotes: [],
  entities: [],
};

describe('output formats', () => {
  it('shows control characters and direction overrides from the copy as visible escapes', () => {
    const out = formatText([{ path: 'page.txt', input: { text, source: text }, result }], []);
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
    expect(out).toContain('page.txt:3:1  warning  This looks like part of the web page: "Phone: \\u001b]0;owned\\u0007+38-093-928-22-37 \\u202eevil"; remove it.  (remove)  [furniture]');
    expect(out).toMatch(/\n1 problem \(0 errors, 1 warning, 0 info\) in 1 file checked\.\n$/);
  });

  it('keeps the exact text in --json (JSON escapes it) and adds line and column', () => {
    const out = JSON.parse(formatJson([{ path: 'page.txt', input: { text, source: text }, result }], [{ path: 'gone.txt', error: 'gone.txt: cannot read it (no such file)' }]));
    expect(out.files[0].findings[0]).toMatchObject({ text: text.slice(10), suggestion: '', line: 3, column: 1 });
    expect(out.files[1]).toEqual({ path: 'gone.txt', error: 'gone.txt: cannot read it (no such file)' });
  });
});
