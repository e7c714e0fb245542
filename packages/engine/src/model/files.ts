import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EngineError } from '../errors.ts';

/** The model shipped with the repository. */
export const defaultModelDir = fileURLToPath(new URL('../../../../data/models/default', import.meta.url));

export type Precision = 'fp32' | 'q8';

export interface ModelFiles {
  dir: string;
  encoder: string;
  decoder: string;
  precision: Precision;
  config: Record<string, any>;
  generation: Record<string, any>;
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/**
 * Resolves a model directory in the Transformers.js export layout. `q8` picks the `*_quantized.onnx`
 * files when they exist (and says so when they do not).
 */
export function modelFiles(dir: string | undefined, precision: Precision, log: (line: string) => void): ModelFiles {
  const root = resolve(dir ?? process.env.UIDSL_MODEL_DIR ?? defaultModelDir);
  const need = ['config.json', 'tokenizer.json', 'onnx/encoder_model.onnx', 'onnx/decoder_model_merged.onnx'];
  const missing = need.filter((f) => !existsSync(join(root, f)));
  if (missing.length) throw new EngineError('MODEL_NOT_FOUND', `no model in ${root}: missing ${missing.join(', ')}`);
  let chosen = precision;
  const file = (name: string) => join(root, 'onnx', chosen === 'q8' ? `${name}_quantized.onnx` : `${name}.onnx`);
  if (chosen === 'q8' && !(existsSync(file('encoder_model')) && existsSync(file('decoder_model_merged')))) {
    log('warning: no int8 model files; using fp32');
    chosen = 'fp32';
  }
  const genPath = join(root, 'generation_config.json');
  return {
    dir: root,
    encoder: file('encoder_model'),
    decoder: file('decoder_model_merged'),
    precision: chosen,
    config: readJson(join(root, 'config.json')),
    generation: existsSync(genPath) ? readJson(genPath) : {},
  };
}
