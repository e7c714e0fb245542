import { schema, deref } from '@uidsl/dsl';
import type { Field, GNode, ObjectNode } from './nodes.ts';
import { compilePattern } from './pattern.ts';
import { withSemanticRules } from './semantic-rules.ts';

/** Bounds for schema nodes that leave them open; generous, and they keep the automaton finite. */
const OPEN = { maxLength: 10_000, maxItems: 1_000, number: 1e15 } as const;

type S = Record<string, any>;

function fieldsOf(node: S, skip?: string): Field[] {
  if (node.additionalProperties !== false) throw new Error('grammar: objects must set additionalProperties: false');
  const required = new Set<string>(node.required ?? []);
  return Object.entries(node.properties ?? {})
    .filter(([key]) => key !== skip)
    .map(([key, value]) => ({ key, node: build(value as S), required: required.has(key) }));
}

/**
 * A section-like union: `allOf` of `if {properties: {tag: {const}}} then {$ref}`. The variant's fields are
 * those of the `then` schema after the tag, with the semantic rules for that variant applied.
 */
function tagged(node: S): ObjectNode {
  const branches = (node.allOf as S[]).map((b) => {
    const [key, cond] = Object.entries(b.if.properties as S)[0]!;
    return { key, value: (cond as S).const as string, then: deref(b.then) };
  });
  const key = branches[0]!.key;
  if (branches.some((b) => b.key !== key)) throw new Error('grammar: a union must switch on one tag');
  const tag = { key, variants: new Map(branches.map((b) => [b.value, withSemanticRules(b.value, fieldsOf(b.then, key))])) };
  const required = new Set<string>(node.required ?? []);
  const tagField: Field = { key, node: build(node.properties[key]), required: required.has(key) };
  return { kind: 'object', fields: [tagField], tag };
}

function build(raw: S): GNode {
  const node = deref(raw);
  if (node.anyOf) return { kind: 'anyOf', options: (node.anyOf as S[]).map(build) };
  if (node.const !== undefined) return build({ enum: [node.const] });
  if (node.enum) {
    const values = node.enum as unknown[];
    if (values.every((v) => typeof v === 'string')) {
      const lengths = (values as string[]).map((v) => [...v].length);
      return { kind: 'string', min: Math.min(...lengths), max: Math.max(...lengths), values: values as string[] };
    }
    if (values.every((v) => typeof v === 'number'))
      return { kind: 'number', integer: (values as number[]).every(Number.isInteger), min: Math.min(...(values as number[])), max: Math.max(...(values as number[])), values: values as number[] };
    throw new Error('grammar: mixed enums are not supported');
  }
  switch (node.type) {
    case 'object':
      return node.allOf ? tagged(node) : { kind: 'object', fields: fieldsOf(node) };
    case 'array':
      return { kind: 'array', item: build(node.items), min: node.minItems ?? 0, max: node.maxItems ?? OPEN.maxItems };
    case 'string':
      return {
        kind: 'string',
        min: node.minLength ?? 0,
        max: node.maxLength ?? OPEN.maxLength,
        ...(node.pattern ? { pattern: compilePattern(node.pattern) } : {}),
      };
    case 'integer':
    case 'number':
      return { kind: 'number', integer: node.type === 'integer', min: node.minimum ?? -OPEN.number, max: node.maximum ?? OPEN.number };
    case 'boolean':
      return { kind: 'boolean' };
    default:
      throw new Error(`grammar: unsupported schema node ${JSON.stringify(node).slice(0, 80)}`);
  }
}

/** Replaces the enum at an object path (e.g. page.theme) with a subset of its values. */
function restrict(node: GNode, path: readonly string[], values: readonly string[]): GNode {
  if (node.kind !== 'object') throw new Error(`grammar: cannot restrict ${path.join('.')}`);
  const [head, ...rest] = path;
  return {
    ...node,
    fields: node.fields.map((f) => {
      if (f.key !== head) return f;
      if (rest.length) return { ...f, node: restrict(f.node, rest, values) };
      if (f.node.kind !== 'string' || !f.node.values) throw new Error(`grammar: ${path.join('.')} is not an enum`);
      const allowed = f.node.values.filter((v) => values.includes(v));
      if (!allowed.length) throw new Error(`grammar: none of ${values.join(', ')} is allowed at ${path.join('.')}`);
      return { ...f, node: { ...f.node, values: allowed } };
    }),
  };
}

export interface GrammarOptions {
  /** Forces page.theme (the user's explicit choice), so the model writes the rest of the page for it. */
  theme?: string;
  /** Forces page.name. */
  pageType?: string;
}

const cache = new Map<string, GNode>();

/** The grammar of a canonical UI-DSL document, built from the schema once per set of overrides. */
export function documentGrammar(opts: GrammarOptions = {}): GNode {
  const key = `${opts.theme ?? ''}|${opts.pageType ?? ''}`;
  let g = cache.get(key);
  if (!g) {
    g = build(schema);
    if (opts.theme) g = restrict(g, ['page', 'theme'], [opts.theme]);
    if (opts.pageType) g = restrict(g, ['page', 'name'], [opts.pageType]);
    cache.set(key, g);
  }
  return g;
}
