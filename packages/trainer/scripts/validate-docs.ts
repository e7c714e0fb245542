// Validates model outputs with the project's own validator (schema + semantic rules), for the Python
// evaluation. Reads JSONL lines {"output": "<json text>"}; prints one JSON array of results, in order.
//   node --import tsx packages/trainer/scripts/validate-docs.ts OUTPUTS.jsonl
import { readFileSync } from 'node:fs';
import { parseDocument, DslErrorCodes } from '@uidsl/dsl';

const [path] = process.argv.slice(2);
if (!path) {
  console.error('usage: validate-docs.ts OUTPUTS.jsonl');
  process.exit(2);
}
const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
const results = lines.map((line) => {
  const { output } = JSON.parse(line) as { output: string };
  const r = parseDocument(output);
  return { parses: !r.issues.some((i) => i.code === DslErrorCodes.INVALID_JSON), valid: r.valid, issues: r.issues.slice(0, 3).map((i) => `${i.code} ${i.path}`) };
});
process.stdout.write(JSON.stringify(results));
