/** Stable codes for every way generation can fail, with the HTTP status an API should answer. */
export const EngineErrorCodes = {
  MODEL_NOT_FOUND: { code: 'ENGINE_MODEL_NOT_FOUND', status: 503 },
  MODEL_LOAD: { code: 'ENGINE_MODEL_LOAD', status: 503 },
  BAD_INPUT: { code: 'ENGINE_BAD_INPUT', status: 400 },
  TIMEOUT: { code: 'ENGINE_TIMEOUT', status: 504 },
  ABORTED: { code: 'ENGINE_ABORTED', status: 499 },
  INVALID_OUTPUT: { code: 'ENGINE_INVALID_OUTPUT', status: 502 },
  LOW_CONFIDENCE: { code: 'ENGINE_LOW_CONFIDENCE', status: 502 },
  CLOSED: { code: 'ENGINE_CLOSED', status: 503 },
  INFERENCE: { code: 'ENGINE_INFERENCE', status: 500 },
} as const;

export type EngineErrorKind = keyof typeof EngineErrorCodes;
export type EngineErrorCode = (typeof EngineErrorCodes)[EngineErrorKind]['code'];

export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly status: number;
  /** The text the model wrote, when it wrote something unusable (evaluation reports JSON validity from it). */
  readonly output?: string;
  /** Stage timings and decoding counters of the failed attempt, when it got that far. */
  readonly timings?: Record<string, number>;
  constructor(kind: EngineErrorKind, message: string, options?: { cause?: unknown; output?: string; timings?: Record<string, number> }) {
    super(message, options);
    if (options?.output !== undefined) this.output = options.output;
    if (options?.timings !== undefined) this.timings = options.timings;
    this.name = 'EngineError';
    this.code = EngineErrorCodes[kind].code;
    this.status = EngineErrorCodes[kind].status;
  }
}
