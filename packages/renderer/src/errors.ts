import type { DslIssue } from '@uidsl/dsl';

/** Stable codes for every way a render request can fail, with the HTTP status the API answers. */
export const RenderErrorCodes = {
  INVALID_DOCUMENT: { code: 'RENDER_INVALID_DOCUMENT', status: 422 },
  BAD_OPTION: { code: 'RENDER_BAD_OPTION', status: 400 },
  TOO_LARGE: { code: 'RENDER_TOO_LARGE', status: 413 },
  FAILED: { code: 'RENDER_FAILED', status: 500 },
} as const;
export type RenderErrorKind = keyof typeof RenderErrorCodes;
export type RenderErrorCode = (typeof RenderErrorCodes)[RenderErrorKind]['code'];

/** Thrown by every render function; `issues` lists the schema problems of a refused document. */
export class RenderError extends Error {
  readonly code: RenderErrorCode;
  readonly status: number;
  constructor(kind: RenderErrorKind, message: string, readonly issues: DslIssue[] = []) {
    super(message);
    this.name = 'RenderError';
    this.code = RenderErrorCodes[kind].code;
    this.status = RenderErrorCodes[kind].status;
  }
}
