// Loads an exported model directory with Transformers.js (as the engine does) and generates greedily,
// so the export is checked by the runtime that ships it, not only by the Python ONNX Runtime.
//   node packages/trainer/scripts/generate-js.mjs MODEL_DIR [--dtype fp32|q8] [--max N] INSTRUCTION...
// Prints one JSON line per instruction: {"instruction", "output", "ms"}.
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AutoModelForSeq2SeqLM, AutoTokenizer, env } from '@huggingface/transformers';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dtype: { type: 'string', default: 'fp32' }, max: { type: 'string', default: '512' } },
});
const [dir, ...instructions] = positionals;
if (!dir || instructions.length === 0) {
  console.error('usage: generate-js.mjs MODEL_DIR [--dtype fp32|q8] [--max N] INSTRUCTION...');
  process.exit(2);
}
const path = resolve(dir);
env.allowRemoteModels = false;
env.localModelPath = dirname(path);

const tokenizer = await AutoTokenizer.from_pretrained(basename(path));
const model = await AutoModelForSeq2SeqLM.from_pretrained(basename(path), { dtype: values.dtype, device: 'cpu' });
for (const instruction of instructions) {
  const start = performance.now();
  const inputs = tokenizer(instruction);
  const ids = await model.generate({ ...inputs, max_new_tokens: Number(values.max), do_sample: false, num_beams: 1 });
  const output = tokenizer.decode(ids[0], { skip_special_tokens: true });
  console.log(JSON.stringify({ instruction, output, ms: Math.round(performance.now() - start) }));
}
await model.dispose();
