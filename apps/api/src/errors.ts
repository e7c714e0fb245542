/**
 * Every error the API answers, with its HTTP status. Codes are stable: clients branch on them,
 * messages may improve. 4xx means the request was wrong, 5xx that the server could not serve it now.
 */
export const errorTable = {
  INVALID_JSON: { status: 400, message: 'the body is not valid JSON' },
  INVALID_BODY: { status: 400, message: 'the body must be a JSON object' },
  MISSING_FIELD: { status: 400, message: 'a required field is missing' },
  UNKNOWN_FIELD: { status: 400, message: 'the body has a field this endpoint does not take' },
  INVALID_TYPE: { status: 400, message: 'a field has the wrong type' },
  PROMPT_EMPTY: { status: 400, message: 'the prompt is empty' },
  PROMPT_TOO_LONG: { status: 400, message: 'the prompt is longer than 500 characters' },
  PROMPT_OR_DSL: { status: 400, message: 'give exactly one of prompt and dsl' },
  UNKNOWN_THEME: { status: 400, message: 'unknown theme' },
  UNKNOWN_PAGE_TYPE: { status: 400, message: 'unknown page type' },
  UNKNOWN_FORMAT: { status: 400, message: 'unknown output format' },
  WIDTH_OUT_OF_RANGE: { status: 400, message: 'width out of bounds' },
  DPR_OUT_OF_RANGE: { status: 400, message: 'dpr must be 1, 2 or 3' },
  INVALID_DSL: { status: 422, message: 'the document does not match the UI-DSL schema' },
  RENDER_TOO_LARGE: { status: 413, message: 'the page is too large to rasterise at this width and dpr' },
  BAD_OPTION: { status: 400, message: 'a render option is out of bounds' },
  UNAUTHORIZED: { status: 401, message: 'a valid API key is required (Authorization: Bearer <key>)' },
  NOT_FOUND: { status: 404, message: 'no such endpoint' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'this endpoint does not take that method' },
  BODY_TOO_LARGE: { status: 413, message: 'the body is larger than the limit' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'send the body as application/json' },
  RATE_LIMITED: { status: 429, message: 'too many requests; slow down' },
  QUEUE_FULL: { status: 503, message: 'the server is busy; retry later' },
  NOT_READY: { status: 503, message: 'the model is not loaded yet' },
  SHUTTING_DOWN: { status: 503, message: 'the server is shutting down' },
  TIMEOUT: { status: 504, message: 'the request took longer than the time limit' },
  GENERATION_FAILED: { status: 500, message: 'generation failed' },
  RENDER_FAILED: { status: 500, message: 'rendering failed' },
  INTERNAL: { status: 500, message: 'internal error' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorTable;

/** One problem in the request: where (a JSON path such as `dsl.page.sections[1].type`) and what. */
export interface ErrorDetail {
  path: string;
  message: string;
  code?: string;
}

export class ApiError extends Error {
  readonly status: number;
  override name = 'ApiError';
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly extra: { path?: string; issues?: ErrorDetail[]; retryAfterS?: number } = {},
  ) {
    super(message ?? errorTable[code].message);
    this.status = errorTable[code].status;
  }
}

/** The JSON body of an error on /api/v1 routes. */
export function errorBody(err: ApiError, requestId: string) {
  return {
    error: {
      code: err.code,
      message: err.message,
      ...(err.extra.path !== undefined ? { path: err.extra.path } : {}),
      ...(err.extra.issues ? { issues: err.extra.issues } : {}),
    },
    request_id: requestId,
  };
}

/** The renderer's and engine's own 4xx codes, as the API names them. */
const foreignCodes: Record<string, ErrorCode> = {
  RENDER_INVALID_DOCUMENT: 'INVALID_DSL',
  RENDER_BAD_OPTION: 'BAD_OPTION',
  RENDER_TOO_LARGE: 'RENDER_TOO_LARGE',
  ENGINE_BAD_INPUT: 'INVALID_TYPE',
  // The client went away; nobody reads this answer, but it must not count as a server failure.
  ENGINE_ABORTED: 'TIMEOUT',
};

/**
 * Turns anything thrown into an ApiError. Errors from the renderer and the engine carry their own
 * `code` and `status`; a 4xx from them is kept (the input was at fault), anything else is a 5xx.
 */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const e = err as { code?: unknown; status?: unknown; message?: unknown; name?: string; type?: string; issues?: ErrorDetail[] };
  if (e?.name === 'AbortError' || e?.name === 'TimeoutError') return new ApiError('TIMEOUT');
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    const code = typeof e.code === 'string' ? e.code : '';
    const known = code in errorTable ? (code as ErrorCode) : foreignCodes[code] ?? (e.status === 422 ? 'INVALID_DSL' : 'BAD_OPTION');
    const out = new ApiError(known, typeof e.message === 'string' ? e.message : undefined, Array.isArray(e.issues) ? { issues: e.issues } : {});
    return out;
  }
  if (e?.name === 'RenderError') return new ApiError('RENDER_FAILED');
  if (e?.name === 'EngineError') return new ApiError(e.status === 504 ? 'TIMEOUT' : e.status === 503 ? 'NOT_READY' : 'GENERATION_FAILED');
  return new ApiError('INTERNAL');
}
