/** Messages between the page and the request worker (renderer/api/fetch.worker.ts). */

export interface FetchRequest {
  id: number;
  /** Absolute: a worker resolves relative URLs against its own script. */
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

/** The answer's status and text, or why no answer came. */
export type FetchReply = { id: number; status: number; text: string } | { id: number; error: string };
