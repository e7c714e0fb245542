/**
 * Checks the rules' guarantees on real prompts: every instruction of the given JSONL files parses and builds
 * a schema-valid document without the fallback (`rulesGenerate` would hide a parser exception behind the
 * page's usual layout). Exit 1 if any prompt threw or built an invalid document.
 *
 *   npx tsx packages/engine/src/rules/throwcheck.ts out/ds3/test.jsonl data/eval/*.jsonl …
 */
import { readFileSync } from 'node:fs';
import { validate } from '@uidsl/dsl';
import { parsePrompt } from './index.ts';
import { build } from './build.ts';

const files = process.argv.slice(2);
if (!files.length) {
  process.stderr.write('usage: throwcheck.ts FILE.jsonl [FILE.jsonl …]\n');
  process.exit(2);
}
let prompts = 0;
let thrown = 0;
let invalid = 0;
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const instruction = (JSON.parse(line) as { instruction?: unknown }).instruction;
    prompts++;
    try {
      if (!validate(build(parsePrompt(typeof instruction === 'string' ? instruction : ''))).valid) {
        invalid++;
        console.log(`invalid: ${String(instruction)}`);
      }
    } catch (err) {
      thrown++;
      console.log(`threw: ${String(instruction)}: ${(err as Error).message}`);
    }
  }
}
console.log(JSON.stringify({ prompts, thrown, invalid }));
process.exitCode = thrown || invalid ? 1 : 0;
