// Writes data/samples/sample.jsonl: a small committed dataset (train, then val, then test records)
// for tests, CI and the README. Deterministic; a test checks it is what the generator makes now.
//   npx tsx packages/generator/scripts/make-sample.ts [--check]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDataset } from '../src/run.ts';
import { SPLITS } from '../src/splits.ts';

export const SAMPLE_PATH = fileURLToPath(new URL('../../../data/samples/sample.jsonl', import.meta.url));
export const SAMPLE_OPTIONS = { count: 1000, seed: 42 } as const;

export async function makeSample(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'uidsl-sample-'));
  try {
    await generateDataset({ ...SAMPLE_OPTIONS, outDir: dir });
    return SPLITS.map((s) => readFileSync(join(dir, `${s}.jsonl`), 'utf8')).join('');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = await makeSample();
  if (process.argv.includes('--check')) {
    if (readFileSync(SAMPLE_PATH, 'utf8') !== text) {
      console.error('data/samples/sample.jsonl is stale: run npx tsx packages/generator/scripts/make-sample.ts');
      process.exit(1);
    }
  } else {
    writeFileSync(SAMPLE_PATH, text);
    console.log(`wrote ${text.split('\n').length - 1} records to ${SAMPLE_PATH}`);
  }
}
