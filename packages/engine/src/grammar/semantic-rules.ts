import { catalog } from '@uidsl/dsl';
import type { Field, GNode } from './nodes.ts';

/**
 * The semantic checks of `@uidsl/dsl` (validate.ts) that JSON Schema cannot express, restated as
 * constraints the decoder can enforce while writing: unique entries, an `active` index inside its list,
 * an original price not below the price. Canonical key order guarantees the values these depend on are
 * written first. The random-walk test checks every walk against `validate`, so the two stay in step.
 */
type FieldRule = Pick<Field, 'refine'> & { unique?: readonly string[] };

const defaultsOf = (type: string, prop: string): unknown => (catalog.sections as Record<string, { defaults: Record<string, unknown> }>)[type]?.defaults[prop];

/** `active` must point inside `items` (or the renderer's default items when the document leaves them out). */
const indexWithin = (type: string): FieldRule => ({
  refine: (siblings, node) => {
    const items = (siblings.items ?? defaultsOf(type, 'items')) as unknown[] | undefined;
    return node.kind === 'number' && Array.isArray(items) ? { ...node, max: Math.min(node.max, items.length - 1) } : node;
  },
});

const atLeastSibling = (key: string): FieldRule => ({
  refine: (siblings, node) =>
    node.kind === 'number' && typeof siblings[key] === 'number' ? { ...node, min: Math.max(node.min, siblings[key] as number) } : node,
});

export const semanticRules: Record<string, Record<string, FieldRule>> = {
  tabs: { items: { unique: [] }, active: indexWithin('tabs') },
  steps: { active: indexWithin('steps') },
  tabbar: { items: { unique: [] } },
  filters: { items: { unique: [] } },
  form: { fields: { unique: ['label'] } },
  price: { original: atLeastSibling('value') },
};

/** Applies the rule table to the props object among one section type's fields. */
export function withSemanticRules(type: string, fields: Field[]): Field[] {
  const rules = semanticRules[type];
  if (!rules) return fields;
  return fields.map((p) => (p.node.kind === 'object' ? { ...p, node: { ...p.node, fields: applyRules(rules, p.node.fields) } } : p));
}

function applyRules(rules: Record<string, FieldRule>, fields: readonly Field[]): Field[] {
  return fields.map((f) => {
    const rule = rules[f.key];
    if (!rule) return f;
    const node: GNode = rule.unique && f.node.kind === 'array' ? { ...f.node, unique: rule.unique } : f.node;
    return { ...f, node, ...(rule.refine ? { refine: rule.refine } : {}) };
  });
}
