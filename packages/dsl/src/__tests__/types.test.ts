import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateTypes } from '../../scripts/gen-types.ts';

test('src/types.gen.ts is what the schema generates (run npm run gen:types when this fails)', async () => {
  const committed = readFileSync(new URL('../types.gen.ts', import.meta.url), 'utf8');
  assert.equal(committed, await generateTypes());
});
