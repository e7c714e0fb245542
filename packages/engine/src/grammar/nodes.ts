import type { CopySource } from './copy.ts';

/**
 * The grammar the constrained decoder walks: the subset of JSON that is a schema-valid UI-DSL document
 * written the canonical way (minified, keys in schema order). Built once from the JSON Schema.
 */
export type GNode = ObjectNode | ArrayNode | StringNode | NumberNode | BooleanNode | AnyOfNode;

export interface Field {
  key: string;
  node: GNode;
  required: boolean;
  /** Tightens the value's node from the sibling values already written (rules JSON Schema cannot say). */
  refine?: (siblings: Readonly<Record<string, unknown>>, node: GNode) => GNode;
}

export interface ObjectNode {
  kind: 'object';
  /** In canonical order; any subset may appear, in this order, as long as required ones are present. */
  fields: readonly Field[];
  /** A discriminated union: once the tag field's value is written, the fields after it come from the variant. */
  tag?: { key: string; variants: ReadonlyMap<string, readonly Field[]> };
}

export interface ArrayNode {
  kind: 'array';
  item: GNode;
  min: number;
  max: number;
  /** Items must differ in the value at this path inside each item ([] = the item itself). */
  unique?: readonly string[];
}

export interface StringNode {
  kind: 'string';
  /** Length bounds in code points, as ajv counts them. */
  min: number;
  max: number;
  /** An enum: the string must be one of these. */
  values?: readonly string[];
  /** A fixed-length pattern: one character class per position. */
  pattern?: readonly RegExp[];
  /** Values already taken (uniqueness inside an array). */
  exclude?: ReadonlySet<string>;
  /** Free text bound to what the description and the catalog say (see copy.ts). */
  copy?: CopySource;
}

export interface NumberNode {
  kind: 'number';
  min: number;
  max: number;
  integer: boolean;
  values?: readonly number[];
}

export interface BooleanNode {
  kind: 'boolean';
}

/** Alternatives told apart by their first character (a string starts with `"`, a number never does). */
export interface AnyOfNode {
  kind: 'anyOf';
  options: readonly GNode[];
}
