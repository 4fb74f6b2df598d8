/** Errors that cross the contract. Both transports carry `{ code, message }` unchanged. */
export type ApiErrorCode =
  | 'bad-request' // arguments failed the schema, or the method does not exist
  | 'not-found'
  | 'conflict' // the article changed on disk since the caller read it
  | 'damaged' // the file exists but cannot be read as an article; it is left untouched
  | 'unsupported' // not available on this host (a folder picker in the web host, say)
  | 'io'
  | 'internal';

export interface ApiErrorShape {
  code: ApiErrorCode;
  message: string;
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
  toJSON(): ApiErrorShape {
    return { code: this.code, message: this.message };
  }
}

/** What every call answers, over IPC and HTTP alike. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };
