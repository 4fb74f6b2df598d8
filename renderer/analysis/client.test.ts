import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../shared/analysis/index.ts';
import { AnalysisClient, type AnalysisCallbacks, type WorkerLike } from './client.ts';
import type { StyleBook } from '../../shared/analysis/types.ts';
import type { AnalyzeRequest, WorkerResponse } from './protocol.ts';

/** A worker that answers only when the test says so, running the real engine. */
function fakeWorker() {
  const sent: AnalyzeRequest[] = [];
  // The house style book each request was sent under, as the worker would hold it.
  let houseBook: StyleBook | null = null;
  const booksOf: (StyleBook | null)[] = [];
  let onMessage: ((e: MessageEvent<WorkerResponse>) => void) | null = null;
  const worker: WorkerLike = {
    postMessage: (m) => {
      if (m.type === 'setStyleBook') houseBook = m.styleBook;
      else {
        sent.push(m);
        booksOf.push(m.styleBook ?? houseBook);
      }
    },
    addEventListener: ((type: string, fn: (e: never) => void) => { if (type === 'message') onMessage = fn as never; }) as WorkerLike['addEventListener'],
    terminate: () => {},
  };
  const answer = (i: number) => {
    const r = sent[i]!;
    const styleBook = booksOf[i];
    const result = analyze(r.text, { dismissed: r.dismissed, ...(styleBook ? { styleBook } : {}) });
    onMessage!({ data: { type: 'result', seq: r.seq, result, ms: 1 } } as MessageEvent<WorkerResponse>);
  };
  return { worker, sent, answer };
}

function callbacks() {
  return { onResult: vi.fn(), onPending: vi.fn(), onError: vi.fn() } satisfies AnalysisCallbacks;
}

const para1 = 'South Korean President Yun Seok-yeol visited Kyiv on Saturday.';
const para2 = 'Yoon Seok-yeol met Volodymyr Zelensky, and Yun promised aid.';

describe('the analysis client', () => {
  it('keeps one request in the worker and sends only the newest text typed meanwhile', () => {
    const { worker, sent, answer } = fakeWorker();
    const cb = callbacks();
    const client = new AnalysisClient(cb, worker);
    client.request({ articleId: 'a', text: para1, dismissed: [], styleBook: null }, true);
    client.request({ articleId: 'a', text: para1 + ' Y', dismissed: [], styleBook: null }, true);
    client.request({ articleId: 'a', text: `${para1}\n\n${para2}`, dismissed: [], styleBook: null }, true);
    expect(sent).toHaveLength(1);
    answer(0);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.text).toBe(`${para1}\n\n${para2}`);
    answer(1);
    expect(cb.onResult).toHaveBeenCalledTimes(2);
    const [, text, response] = cb.onResult.mock.calls[1]!;
    expect(text).toBe(`${para1}\n\n${para2}`);
    expect(Array.isArray(response.result.findings)).toBe(true);
    expect(cb.onPending).toHaveBeenLastCalledWith(false);
  });

  it('does not ask again for a text it already has the answer to', () => {
    const { worker, sent, answer } = fakeWorker();
    const client = new AnalysisClient(callbacks(), worker);
    const input = { articleId: 'a', text: para1, dismissed: [], styleBook: null };
    client.request(input, true);
    answer(0);
    client.request(input, true);
    expect(sent).toHaveLength(1);
  });

  it('debounces a burst of keystrokes into one request', async () => {
    vi.useFakeTimers();
    try {
      const { worker, sent } = fakeWorker();
      const client = new AnalysisClient(callbacks(), worker);
      for (let i = 1; i <= 10; i++) client.request({ articleId: 'a', text: para1.slice(0, 20 + i), dismissed: [], styleBook: null });
      expect(sent).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(100);
      expect(sent.map((r) => r.text)).toEqual([para1.slice(0, 30)]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the previous entities, the very same array, when a result says they are unchanged', () => {
    const { worker, sent } = fakeWorker();
    let reply: ((e: MessageEvent<WorkerResponse>) => void) | null = null;
    const listening: WorkerLike = { ...worker, addEventListener: ((type: string, fn: (e: never) => void) => { if (type === 'message') reply = fn as never; }) as WorkerLike['addEventListener'] };
    const cb = callbacks();
    const client = new AnalysisClient(cb, listening);
    const first = analyze(`${para1}\n\n${para2}`, { dismissed: [] });
    expect(first.entities.length).toBeGreaterThan(0);
    client.request({ articleId: 'a', text: `${para1}\n\n${para2}`, dismissed: [], styleBook: null }, true);
    reply!({ data: { type: 'result', seq: sent[0]!.seq, result: first, ms: 1 } } as MessageEvent<WorkerResponse>);
    client.request({ articleId: 'a', text: `${para1} Yes.\n\n${para2}`, dismissed: [], styleBook: null }, true);
    const second = analyze(`${para1} Yes.\n\n${para2}`, { dismissed: [] });
    reply!({ data: { type: 'result', seq: sent[1]!.seq, result: { ...second, entities: [] }, ms: 1, sameEntities: true } } as MessageEvent<WorkerResponse>);
    const entitiesOf = (call: number) => (cb.onResult.mock.calls[call]![2] as { result: { entities: unknown[] } }).result.entities;
    expect(entitiesOf(1)).toBe(entitiesOf(0));
    expect(entitiesOf(1)).toEqual(first.entities);
  });

  it('checks the open article again at once when the house style book changes, even mid-analysis', () => {
    const { worker, sent, answer } = fakeWorker();
    const cb = callbacks();
    const client = new AnalysisClient(cb, worker);
    const story = 'The delegation arrived in Kiev by night train and met officials in Kiev the next day.';
    client.request({ articleId: 'a', text: story, dismissed: [], styleBook: null }, true);
    // The book arrives while the first analysis is still in the worker: nothing is lost.
    client.setStyleBook({ entries: { Kyiv: ['Kiev'] } });
    expect(sent).toHaveLength(1);
    answer(0);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.text).toBe(story);
    answer(1);
    const styleFixes = (call: number) =>
      (cb.onResult.mock.calls[call]![2] as { result: { findings: { check: string; text: string; suggestion?: string }[] } }).result.findings
        .filter((f) => f.check === 'style-book')
        .map((f) => [f.text, f.suggestion]);
    expect(styleFixes(0)).toEqual([]);
    expect(styleFixes(1)).toEqual([['Kiev', 'Kyiv'], ['Kiev', 'Kyiv']]);

    // An emptied book takes the findings away again.
    client.setStyleBook(null);
    answer(2);
    expect(styleFixes(2)).toEqual([]);
  });
});
