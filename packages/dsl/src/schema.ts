import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of the JSON Schema, the single source of truth for the document shape. */
export const schemaPath = fileURLToPath(new URL('../../../schemas/ui-dsl.schema.json', import.meta.url));

/** The parsed JSON Schema (draft 2020-12). */
export const schema: Record<string, any> = JSON.parse(readFileSync(schemaPath, 'utf8'));

const defs = schema.$defs as Record<string, any>;
const enumOf = (name: string): string[] => defs[name].enum;

export const pageNames = enumOf('pageName') as readonly string[];
export const themeNames = enumOf('themeName') as readonly string[];
export const sectionTypes = enumOf('sectionType') as readonly string[];
export const iconNames = enumOf('icon') as readonly string[];

/** The JSON Schema of one section type's `props` object. */
export function propsSchema(type: string): Record<string, any> {
  const def = defs[`section_${type.replace(/-/g, '_')}`];
  if (!def) throw new Error(`unknown section type "${type}"`);
  return def.properties.props;
}

/** Resolves a local `$ref` ("#/$defs/x") against the schema; other nodes come back unchanged. */
export function deref(node: Record<string, any>): Record<string, any> {
  let n = node;
  while (n && typeof n.$ref === 'string') n = defs[n.$ref.replace('#/$defs/', '')];
  return n;
}
