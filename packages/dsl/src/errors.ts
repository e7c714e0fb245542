/** Stable codes for every way a document can be wrong; messages live in one table. */
export const DslErrorCodes = {
  INVALID_JSON: 'DSL_INVALID_JSON',
  SCHEMA: 'DSL_SCHEMA',
  UNKNOWN_PROP: 'DSL_UNKNOWN_PROP',
  MISSING: 'DSL_MISSING',
  WRONG_TYPE: 'DSL_WRONG_TYPE',
  NOT_ALLOWED: 'DSL_NOT_ALLOWED',
  OUT_OF_RANGE: 'DSL_OUT_OF_RANGE',
  TOO_LONG: 'DSL_TOO_LONG',
  TOO_MANY: 'DSL_TOO_MANY',
  TOO_FEW: 'DSL_TOO_FEW',
  BAD_COLOR: 'DSL_BAD_COLOR',
  INDEX_OUT_OF_RANGE: 'DSL_INDEX_OUT_OF_RANGE',
  DUPLICATE: 'DSL_DUPLICATE',
  INCONSISTENT: 'DSL_INCONSISTENT',
} as const;
export type DslErrorCode = (typeof DslErrorCodes)[keyof typeof DslErrorCodes];

/** One problem in a document: where (a path like `page.sections[2].props.title`), what, and its code. */
export interface DslIssue {
  code: DslErrorCode;
  path: string;
  message: string;
}

/** Thrown by `assertValid`; carries every issue found, not only the first. */
export class DslValidationError extends Error {
  readonly code = 'DSL_INVALID';
  constructor(readonly issues: DslIssue[]) {
    super(
      `invalid UI-DSL document: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n` +
        issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`).join('\n'),
    );
    this.name = 'DslValidationError';
  }
}

/** Formats issues one per line, the way the CLI prints them. */
export function formatIssues(issues: DslIssue[], prefix = ''): string {
  return issues.map((i) => `${prefix}${i.path || '(root)'}: ${i.message} [${i.code}]`).join('\n');
}
