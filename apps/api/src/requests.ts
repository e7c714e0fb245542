import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { themeNames, pageNames, toPath, validate as validateDsl, type UiDslDocument, type ThemeName, type PageName } from '@uidsl/dsl';
import { LIMITS } from '@uidsl/renderer';
import { ApiError, type ErrorCode, type ErrorDetail } from './errors.ts';

export const PROMPT_MAX = 500;
// The renderer's own bounds, so the API refuses early with the same numbers.
export const WIDTH_MIN = LIMITS.minWidth;
export const WIDTH_MAX = LIMITS.maxWidth;
export const outputFormats = ['json', 'html', 'vue', 'png'] as const;
export const legacyFormats = ['json', 'png', 'vue'] as const;
export type OutputFormat = (typeof outputFormats)[number];

const prompt = {
  type: 'string',
  minLength: 1,
  maxLength: PROMPT_MAX,
  // Whitespace alone says nothing: it is as empty as "".
  pattern: '\\S',
  description: 'a Chinese description of the page, 1 to 500 characters',
  examples: ['二手球鞋交易首页，顶部搜索，黑金风格，商品两列'],
};
const theme = { enum: [...themeNames], description: 'theme; overrides the one in the document' };
const pageType = { enum: [...pageNames], description: 'page type, when the prompt leaves it unclear' };

/** Request bodies as JSON Schema: the validator below and the OpenAPI document both read these. */
export const requestSchemas = {
  GenerateRequest: {
    type: 'object',
    additionalProperties: false,
    required: ['prompt'],
    properties: { prompt, theme, page_type: pageType },
  },
  RenderRequest: {
    type: 'object',
    additionalProperties: false,
    description: 'exactly one of prompt and dsl',
    properties: {
      prompt,
      dsl: { type: 'object', description: 'a UI-DSL document (schema at /api/v1/schema)' },
      theme,
      page_type: pageType,
      output_format: { enum: [...outputFormats], default: 'json' },
      width: { type: 'integer', minimum: WIDTH_MIN, maximum: WIDTH_MAX, description: 'CSS width of the page in px (html, png)' },
      dpr: { enum: [1, 2, 3], description: 'device pixel ratio of the PNG' },
      viewport: { enum: ['full', 'screen'], description: 'PNG of the whole page, or of one phone screen' },
    },
  },
  GenerateUiRequest: {
    type: 'object',
    // The original design's clients may send fields of their own; they are ignored.
    additionalProperties: true,
    required: ['prompt'],
    properties: {
      prompt,
      output_format: { enum: [...legacyFormats], default: 'json' },
      use_rules: { type: 'boolean', default: false, description: 'use the rule-based generator instead of the model' },
      theme,
      page_type: pageType,
    },
  },
} as const;

const ajv = new Ajv2020({ allErrors: true, strict: false });
const compiled = Object.fromEntries(Object.entries(requestSchemas).map(([k, s]) => [k, ajv.compile(s)])) as Record<keyof typeof requestSchemas, ValidateFunction>;

/** The error code of a problem, by field then by JSON Schema keyword; the first match wins. */
const fieldCodes: Record<string, Partial<Record<string, ErrorCode>>> = {
  prompt: { minLength: 'PROMPT_EMPTY', pattern: 'PROMPT_EMPTY', maxLength: 'PROMPT_TOO_LONG' },
  theme: { enum: 'UNKNOWN_THEME' },
  page_type: { enum: 'UNKNOWN_PAGE_TYPE' },
  output_format: { enum: 'UNKNOWN_FORMAT' },
  width: { minimum: 'WIDTH_OUT_OF_RANGE', maximum: 'WIDTH_OUT_OF_RANGE' },
  dpr: { enum: 'DPR_OUT_OF_RANGE' },
};
const keywordCodes: Partial<Record<string, ErrorCode>> = {
  required: 'MISSING_FIELD',
  additionalProperties: 'UNKNOWN_FIELD',
  type: 'INVALID_TYPE',
};

function detail(e: ErrorObject): ErrorDetail & { code: ErrorCode } {
  const p = e.params as Record<string, string>;
  const base = toPath(e.instancePath);
  const field = base.split(/[.[]/)[0] || p.missingProperty || p.additionalProperty || '';
  const path = e.keyword === 'required' ? p.missingProperty! : e.keyword === 'additionalProperties' ? p.additionalProperty! : base;
  const code = (e.instancePath === '' && e.keyword === 'type' ? 'INVALID_BODY' : fieldCodes[field]?.[e.keyword] ?? keywordCodes[e.keyword]) ?? 'INVALID_TYPE';
  const message =
    code === 'PROMPT_EMPTY' ? 'prompt is empty'
    : code === 'PROMPT_TOO_LONG' ? `prompt is longer than ${PROMPT_MAX} characters`
    : e.keyword === 'required' ? `"${path}" is required`
    : e.keyword === 'additionalProperties' ? `unknown field "${path}"`
    : e.keyword === 'enum' ? `${path} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
    : `${path || 'body'} ${e.message}`;
  return { path, message, code };
}

function check(name: keyof typeof requestSchemas, body: unknown): void {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new ApiError('INVALID_BODY', 'the body must be a JSON object', { path: '' });
  const fn = compiled[name];
  if (fn(body)) return;
  // `if`-style wrapper errors repeat the inner ones; the most specific problem leads.
  const issues = (fn.errors ?? []).filter((e) => e.keyword !== 'if').map(detail);
  const first = issues[0]!;
  throw new ApiError(first.code, first.message, { path: first.path, issues });
}

export interface GenerateBody {
  prompt: string;
  theme?: ThemeName;
  pageType?: PageName;
}
export interface RenderBody {
  prompt?: string;
  dsl?: UiDslDocument;
  theme?: ThemeName;
  pageType?: PageName;
  format: OutputFormat;
  width?: number;
  dpr?: 1 | 2 | 3;
  viewport?: 'full' | 'screen';
}
export interface GenerateUiBody extends GenerateBody {
  format: (typeof legacyFormats)[number];
  useRules: boolean;
}

type Raw = Record<string, any>;

export function parseGenerate(body: unknown): GenerateBody {
  check('GenerateRequest', body);
  const b = body as Raw;
  return { prompt: b.prompt.trim(), theme: b.theme, pageType: b.page_type };
}

export function parseRender(body: unknown): RenderBody {
  check('RenderRequest', body);
  const b = body as Raw;
  if ((b.prompt === undefined) === (b.dsl === undefined)) {
    throw new ApiError('PROMPT_OR_DSL', b.prompt === undefined ? 'give a prompt or a dsl document' : 'give a prompt or a dsl document, not both', { path: '' });
  }
  let dsl: UiDslDocument | undefined;
  if (b.dsl !== undefined) {
    const result = validateDsl(b.dsl);
    if (!result.valid) {
      const issues = result.issues.map((i) => ({ path: i.path ? `dsl.${i.path}` : 'dsl', message: i.message, code: i.code }));
      throw new ApiError('INVALID_DSL', `the document has ${issues.length} problem${issues.length === 1 ? '' : 's'}; first: ${issues[0]!.path}: ${issues[0]!.message}`, {
        path: issues[0]!.path,
        issues,
      });
    }
    dsl = result.doc;
  }
  return { prompt: b.prompt?.trim(), dsl, theme: b.theme, pageType: b.page_type, format: b.output_format ?? 'json', width: b.width, dpr: b.dpr, viewport: b.viewport };
}

export function parseGenerateUi(body: unknown): GenerateUiBody {
  check('GenerateUiRequest', body);
  const b = body as Raw;
  return { prompt: b.prompt.trim(), theme: b.theme, pageType: b.page_type, format: b.output_format ?? 'json', useRules: b.use_rules ?? false };
}
