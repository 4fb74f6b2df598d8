/**
 * The single entry point of both transports. It refuses unknown methods, validates the input
 * with the method's zod schema BEFORE any handler runs, and answers the ApiResponse envelope.
 * Errors become `{ code, message }`: ApiErrors as they are, anything else as 'internal' with a
 * generic message (details go to the log, never a stack trace to the caller).
 */
import type { z } from 'zod';
import { api, isMethod } from '../../shared/contract/api.ts';
import type { Method } from '../../shared/contract/api.ts';
import { ApiError } from '../../shared/contract/errors.ts';
import type { ApiResponse } from '../../shared/contract/errors.ts';
import type { Handlers } from './handlers.ts';

export type Dispatch = (method: unknown, rawInput: unknown) => Promise<ApiResponse<unknown>>;

/** "id: An article id is …; changes.title: Too big" — the path of each problem, then what is wrong. */
export function describeIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((issue) => {
    const where = issue.path.map(String).join('.');
    const message = issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}` : issue.message;
    return where ? `${where}: ${message}` : message;
  });
  if (error.issues.length > max) parts.push(`and ${error.issues.length - max} more`);
  return parts.join('; ');
}

export function createDispatch(handlers: Handlers, log: (message: string, err: unknown) => void = (m, e) => console.error(m, e)): Dispatch {
  return async (method, rawInput) => {
    if (!isMethod(method)) {
      const name = typeof method === 'string' ? JSON.stringify(method.slice(0, 80)) : typeof method;
      return { ok: false, error: { code: 'bad-request', message: `Unknown method ${name}.` } };
    }
    const parsed = api[method].input.safeParse(rawInput === undefined ? {} : rawInput);
    if (!parsed.success) {
      return { ok: false, error: { code: 'bad-request', message: describeIssues(parsed.error) } };
    }
    const handler = handlers[method] as ((input: unknown) => Promise<unknown>) | undefined;
    if (!handler) {
      return { ok: false, error: { code: 'unsupported', message: `${method} is not available in this Copydesk host yet.` } };
    }
    try {
      return { ok: true, value: await handler(parsed.data) };
    } catch (err) {
      if (err instanceof ApiError) return { ok: false, error: err.toJSON() };
      log(`copydesk: ${method as Method} failed:`, err);
      return { ok: false, error: { code: 'internal', message: `Copydesk could not complete ${method}; the details are in its log.` } };
    }
  };
}
