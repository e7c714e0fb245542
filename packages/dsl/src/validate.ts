import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import { schema } from './schema.ts';
import { DslErrorCodes as C, DslValidationError, type DslIssue } from './errors.ts';
import { catalog } from './catalog.ts';
import type { UiDslDocument, Section } from './types.gen.ts';

// Compiled once per process: compiling is the slow part, validating a document is microseconds.
const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
const check = ajv.compile(schema);

/** At most this many issues are reported, so a hostile document cannot make the report huge. */
export const MAX_ISSUES = 50;

export interface ValidationResult {
  valid: boolean;
  issues: DslIssue[];
  /** The document, typed, when valid. */
  doc?: UiDslDocument;
}

/** `/page/sections/2/props/title` -> `page.sections[2].props.title` */
export function toPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

const list = (values: unknown[], max = 8) =>
  values.slice(0, max).map((v) => JSON.stringify(v)).join(', ') + (values.length > max ? `, … (${values.length} in all)` : '');

function describe(e: ErrorObject): DslIssue | null {
  const path = toPath(e.instancePath);
  const p = e.params as Record<string, any>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const allowed = Object.keys((e.parentSchema as any)?.properties ?? {});
      const where = path ? `${path}.${p.additionalProperty}` : p.additionalProperty;
      return { code: C.UNKNOWN_PROP, path: where, message: `unknown property "${p.additionalProperty}"; allowed here: ${allowed.join(', ') || 'none'}` };
    }
    case 'required':
      return { code: C.MISSING, path: path ? `${path}.${p.missingProperty}` : p.missingProperty, message: `"${p.missingProperty}" is required` };
    case 'type':
      return { code: C.WRONG_TYPE, path, message: `must be ${p.type === 'integer' ? 'a whole number' : `of type ${p.type}`}` };
    case 'enum':
      return { code: C.NOT_ALLOWED, path, message: `must be one of ${list(p.allowedValues)}` };
    case 'const':
      return { code: C.NOT_ALLOWED, path, message: `must be ${JSON.stringify(p.allowedValue)}` };
    case 'pattern':
      return { code: C.BAD_COLOR, path, message: 'must be a colour written as #rrggbb, for example #1A2B3C' };
    case 'maxLength':
      return { code: C.TOO_LONG, path, message: `is longer than ${p.limit} characters` };
    case 'minLength':
      return { code: C.TOO_FEW, path, message: 'must not be empty' };
    case 'maxItems':
      return { code: C.TOO_MANY, path, message: `has more than ${p.limit} entries` };
    case 'minItems':
      return { code: C.TOO_FEW, path, message: `needs at least ${p.limit} entr${p.limit === 1 ? 'y' : 'ies'}` };
    case 'minimum':
    case 'maximum':
      return { code: C.OUT_OF_RANGE, path, message: `must be ${p.comparison} ${p.limit}` };
    // Wrapper keywords repeat what the errors inside them already said.
    case 'if':
    case 'anyOf':
      return null;
    default:
      return { code: C.SCHEMA, path, message: e.message ?? 'is not valid' };
  }
}

type SemanticCheck = (props: Record<string, any>, at: string) => DslIssue[];

const indexInside = (items: unknown[] | undefined, index: unknown, at: string, what: string): DslIssue[] =>
  typeof index === 'number' && Array.isArray(items) && index >= items.length
    ? [{ code: C.INDEX_OUT_OF_RANGE, path: `${at}.active`, message: `${index} points past the last of the ${items.length} ${what} (0 to ${items.length - 1})` }]
    : [];

function unique(values: unknown[] | undefined, at: string, what: string): DslIssue[] {
  if (!Array.isArray(values)) return [];
  const seen = new Set<string>();
  for (const [i, v] of values.entries()) {
    const key = JSON.stringify(v);
    if (seen.has(key)) return [{ code: C.DUPLICATE, path: `${at}[${i}]`, message: `${what} ${key} appears twice` }];
    seen.add(key);
  }
  return [];
}

/** Rules JSON Schema cannot say, per section type. */
const semanticChecks: Partial<Record<Section['type'], SemanticCheck>> = {
  tabs: (p, at) => [
    ...indexInside(p.items ?? (catalog.sections.tabs.defaults.items as unknown[]), p.active, at, 'tabs'),
    ...unique(p.items, `${at}.items`, 'tab'),
  ],
  steps: (p, at) => indexInside(p.items ?? (catalog.sections.steps.defaults.items as unknown[]), p.active, at, 'steps'),
  tabbar: (p, at) => unique(p.items, `${at}.items`, 'icon'),
  filters: (p, at) => unique(p.items, `${at}.items`, 'filter'),
  form: (p, at) => unique(p.fields?.map((f: { label: string }) => f.label), `${at}.fields`, 'field label'),
  price: (p, at) =>
    typeof p.original === 'number' && typeof p.value === 'number' && p.original < p.value
      ? [{ code: C.INCONSISTENT, path: `${at}.original`, message: `the original price ${p.original} is below the price ${p.value}` }]
      : [],
};

function semantic(doc: UiDslDocument): DslIssue[] {
  const issues: DslIssue[] = [];
  doc.page.sections.forEach((s, i) => {
    const rule = semanticChecks[s.type];
    if (rule) issues.push(...rule(s.props as Record<string, any>, `page.sections[${i}].props`));
  });
  return issues;
}

/** Checks a parsed value against the schema, then the semantic rules. Never throws. */
export function validate(value: unknown): ValidationResult {
  if (!check(value)) {
    const issues: DslIssue[] = [];
    for (const e of check.errors ?? []) {
      const issue = describe(e);
      if (issue && !issues.some((i) => i.path === issue.path && i.message === issue.message)) issues.push(issue);
      if (issues.length >= MAX_ISSUES) break;
    }
    return { valid: false, issues };
  }
  const doc = value as UiDslDocument;
  const issues = semantic(doc).slice(0, MAX_ISSUES);
  return issues.length ? { valid: false, issues } : { valid: true, issues, doc };
}

/** Parses JSON text and validates it; a syntax error is reported as an issue with its position. */
export function parseDocument(text: string): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { valid: false, issues: [{ code: C.INVALID_JSON, path: '', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  return validate(value);
}

/** Returns the typed document or throws a DslValidationError listing every issue. */
export function assertValid(value: unknown): UiDslDocument {
  const result = validate(value);
  if (!result.valid) throw new DslValidationError(result.issues);
  return result.doc!;
}
