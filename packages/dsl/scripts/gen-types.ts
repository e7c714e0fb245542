// Generates src/types.gen.ts from schemas/ui-dsl.schema.json, so types are never kept by hand.
//   npm run gen:types            write the file
//   npm run gen:types -- --check exit 1 when the committed file is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';
import { schema } from '../src/schema.ts';

const out = new URL('../src/types.gen.ts', import.meta.url);

export async function generateTypes(): Promise<string> {
  const s = structuredClone(schema);
  // The validator dispatches sections with if/then (precise errors); for types the same
  // branches read as a discriminated union.
  s.$defs.section = { oneOf: s.$defs.section.allOf.map((b: any) => b.then) };
  for (const [name, def] of Object.entries<any>(s.$defs)) def.title ??= name.replace(/(^|_)(\w)/g, (_: string, __: string, c: string) => c.toUpperCase());
  s.$defs.section.title = 'Section';
  const body = await compile(s, 'UiDslDocument', {
    bannerComment: '/* Generated from schemas/ui-dsl.schema.json by `npm run gen:types`. Do not edit. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    format: false,
    maxItems: -1,
    cwd: new URL('../../../schemas/', import.meta.url).pathname,
  });
  return body;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = await generateTypes();
  if (process.argv.includes('--check')) {
    if (readFileSync(out, 'utf8') !== text) {
      console.error('src/types.gen.ts is stale: run npm run gen:types');
      process.exit(1);
    }
  } else writeFileSync(out, text);
}
