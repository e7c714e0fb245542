import { parseDocument, type UiDslDocument } from '@uidsl/dsl';
import { openSessions } from './backend/ort.ts';
import { beamSearch } from './decoding/beam.ts';
import { greedyBatch, type BatchRow } from './decoding/batch.ts';
import type { DecodeContext, Generation } from './decoding/context.ts';
import { newDraft } from './decoding/draft.ts';
import { greedy } from './decoding/greedy.ts';
import { MAX_TOKEN_RUN, processorsFor, tokenRunLimit, type LogitsProcessor } from './decoding/logits-processors.ts';
import { devices, type Device } from './devices.ts';
import { EngineError } from './errors.ts';
import { documentGrammar } from './grammar/build.ts';
import type { GNode } from './grammar/nodes.ts';
import { copySource, withCopySource } from './grammar/copy.ts';
import { modelFiles, type ModelFiles } from './model/files.ts';
import { Seq2Seq } from './model/seq2seq.ts';
import { resolveOptions, type EngineOptions, type ResolvedOptions } from './options.ts';
import { applyOverrides, type Overrides } from './overrides.ts';
import { SerialQueue } from './queue.ts';
import { rulesGenerate } from './rules/index.ts';
import { loadTokenizer, type Tokenizer } from './tokenizer/load.ts';
import { decodeTokens } from './tokenizer/token-table.ts';

export interface GenerateOptions extends Overrides {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface GenerateResult {
  doc: UiDslDocument;
  method: 'model' | 'rules';
  /** End to end, queueing included. */
  ms: number;
  /** Milliseconds per stage (queue, tokenize, encode, decode, validate) and decoding counters. */
  timings?: Record<string, number>;
  warnings?: string[];
  /** The text the model wrote (method model only), before overrides. */
  text?: string;
}

export interface EngineInfo {
  device: string;
  modelDir: string;
  ready: boolean;
  precision?: string;
}

export interface Engine {
  generate(prompt: string, opts?: GenerateOptions): Promise<GenerateResult>;
  generateBatch(prompts: string[], opts?: GenerateOptions): Promise<GenerateResult[]>;
  info(): EngineInfo;
  close(): Promise<void>;
}

/** Instructions longer than this are refused; a page description is a sentence or two. */
export const MAX_PROMPT_CHARS = 2000;

interface Loaded {
  files: ModelFiles;
  device: Device;
  model: Seq2Seq;
  tokenizer: Tokenizer;
  decoderStart: number;
  processors: LogitsProcessor[];
  lengthPenalty: number;
  maxPromptTokens: number;
}

async function load(o: ResolvedOptions): Promise<Loaded> {
  const files = modelFiles(o.modelDir, o.precision, o.log);
  const { device, sessions } = await openSessions({ encoder: files.encoder, decoder: files.decoder }, o);
  const c = files.config;
  const vocab = c.vocab_size as number;
  const model = new Seq2Seq(sessions.encoder, sessions.decoder, { heads: c.num_heads, dKv: c.d_kv ?? c.d_model / c.num_heads, vocab });
  const tokenizer = await loadTokenizer(files.dir, c, vocab);
  const g = files.generation;
  o.log(`model ${files.dir} (${files.precision}) on ${devices[device].label} [${devices[device].provider} execution provider], threads ${o.threads || 'auto'}`);
  return {
    files,
    device,
    model,
    tokenizer,
    decoderStart: g.decoder_start_token_id ?? c.decoder_start_token_id ?? tokenizer.table.pad,
    processors: processorsFor({ eos_token_id: tokenizer.table.eos, ...g }),
    lengthPenalty: g.length_penalty ?? 1,
    maxPromptTokens: c.n_positions ?? 512,
  };
}

function checkPrompt(prompt: unknown): string {
  if (typeof prompt !== 'string' || !prompt.trim()) throw new EngineError('BAD_INPUT', 'the instruction must be a non-empty string');
  if (prompt.length > MAX_PROMPT_CHARS) throw new EngineError('BAD_INPUT', `the instruction is longer than ${MAX_PROMPT_CHARS} characters`);
  return prompt.trim();
}

interface Attempt {
  doc?: UiDslDocument;
  text?: string;
  error?: EngineError;
  timings: Record<string, number>;
  /** The rule-based answer, when the draft already made it: the fallback reuses it. */
  rules?: UiDslDocument;
}

/** A request waiting for the model, to be decoded alone or together with others that waited with it. */
interface Job {
  prompt: string;
  overrides: Overrides;
  check: () => void;
  started: number;
  done: (attempt: Attempt) => void;
}

const since = (t: number) => Math.round((performance.now() - t) * 100) / 100;

export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const o = resolveOptions(options);
  let m: Loaded | null = null;
  try {
    m = await load(o);
  } catch (err) {
    const e = err instanceof EngineError ? err : new EngineError('MODEL_LOAD', `the model could not be loaded: ${(err as Error).message}`, { cause: err });
    if (!o.fallback) throw e;
    o.log(`warning: ${e.message}; answering with the rule-based generator only`);
  }
  const queue = new SerialQueue();
  const runLimit = tokenRunLimit(MAX_TOKEN_RUN);
  let closed = false;

  function deadlineCheck(deadline: number, signal?: AbortSignal) {
    return () => {
      if (signal?.aborted) throw new EngineError('ABORTED', 'the request was cancelled');
      if (performance.now() > deadline) throw new EngineError('TIMEOUT', 'the model ran out of time');
    };
  }

  /** The grammar one prompt decodes in: null without constraints. */
  function grammarFor(overrides: Overrides, prompt: string): GNode | null {
    if (!o.constrained) return null;
    const g = documentGrammar(overrides);
    return o.copyConstrained ? withCopySource(g, copySource(prompt)) : g;
  }

  function context(loaded: Loaded, grammar: GNode | null, check: () => void, maxNewTokens = o.maxNewTokens): DecodeContext {
    return {
      model: loaded.model,
      tokenizer: loaded.tokenizer,
      decoderStart: loaded.decoderStart,
      maxNewTokens,
      grammar,
      jumpForward: o.jumpForward,
      draft: null,
      // Giving up at the threshold itself, not below it: on the validation split (threshold 0.96) the
      // answers cut short were mostly wrong, so the rules that took them over raised exact match from
      // 186 to 199 of 300 while the mean request fell from 109 to 80 ms (docs/engine.md).
      giveUpBelow: o.fallback ? o.minConfidence : 0,
      // Unconstrained decoding stays exactly Transformers.js's greedy; constrained decoding promises a
      // finished document, which a token repeated until the length cap would break.
      processors: o.constrained ? [...loaded.processors, runLimit] : loaded.processors,
      check,
    };
  }

  /** Turns generated tokens into a validated document, or says why not. */
  function finish(loaded: Loaded, gen: Generation, overrides: Overrides, timings: Record<string, number>): Attempt {
    const t = performance.now();
    const text = decodeTokens(loaded.tokenizer.table, gen.ids);
    const parsed = parseDocument(text);
    Object.assign(timings, { validate: since(t), tokens: gen.ids.length, decoderCalls: gen.decoderCalls, jumped: gen.jumped, drafted: gen.drafted, rolledBack: gen.rolledBack });
    const confidence = gen.scored ? Math.exp(gen.logProb / gen.scored) : 0;
    timings.confidence = Math.round(confidence * 1e4) / 1e4;
    if (!gen.finished && o.fallback && confidence < o.minConfidence) {
      return { timings, error: new EngineError('LOW_CONFIDENCE', `the model's confidence ${confidence.toFixed(3)} fell below ${o.minConfidence}; decoding stopped early`, { output: text, timings }) };
    }
    if (!gen.finished) return { timings, error: new EngineError('INVALID_OUTPUT', `the model hit the ${o.maxNewTokens}-token limit`, { output: text, timings }) };
    if (!parsed.valid) {
      const first = parsed.issues[0];
      return { timings, error: new EngineError('INVALID_OUTPUT', `the model wrote an invalid document (${first?.path || 'root'}: ${first?.message})`, { output: text, timings }) };
    }
    if (o.fallback && confidence < o.minConfidence) {
      const why = `the model's confidence ${confidence.toFixed(3)} is below ${o.minConfidence}`;
      return { timings, error: new EngineError('LOW_CONFIDENCE', why, { output: text, timings }) };
    }
    return { timings, text, doc: applyOverrides(parsed.doc!, overrides) };
  }

  async function runOne(loaded: Loaded, prompt: string, overrides: Overrides, check: () => void, queued: number, maxNewTokens = o.maxNewTokens): Promise<Attempt> {
    const timings: Record<string, number> = { queue: since(queued) };
    check();
    let t = performance.now();
    const ids = loaded.tokenizer.encodePrompt(prompt).slice(0, loaded.maxPromptTokens);
    timings.tokenize = since(t);
    t = performance.now();
    const enc = await loaded.model.encode([ids], loaded.tokenizer.table.pad);
    timings.encode = since(t);
    t = performance.now();
    const ctx = context(loaded, grammarFor(overrides, prompt), check, maxNewTokens);
    let rulesDoc: UiDslDocument | undefined;
    if (o.draft && o.beams === 1) {
      t = performance.now();
      rulesDoc = rulesGenerate(prompt, overrides);
      ctx.draft = newDraft(loaded.tokenizer.encodeText(JSON.stringify(rulesDoc)));
      timings.draft = since(t);
      t = performance.now();
    }
    const gen = o.beams > 1 ? await beamSearch(ctx, enc, o.beams, loaded.lengthPenalty) : await greedy(ctx, enc);
    timings.decode = since(t);
    return { ...finish(loaded, gen, overrides, timings), rules: rulesDoc };
  }

  async function runBatch(loaded: Loaded, prompts: string[], overrides: Overrides, check: () => void, queued: number): Promise<Attempt[]> {
    const shared: Record<string, number> = { queue: since(queued) };
    check();
    let t = performance.now();
    const ids = prompts.map((p) => loaded.tokenizer.encodePrompt(p).slice(0, loaded.maxPromptTokens));
    shared.tokenize = since(t);
    t = performance.now();
    const enc = await loaded.model.encode(ids, loaded.tokenizer.table.pad);
    shared.encode = since(t);
    t = performance.now();
    // One check for the whole batch: a cancelled batch throws rather than failing row by row.
    const rows: BatchRow[] = prompts.map((p) => ({ grammar: grammarFor(overrides, p), check: () => {} }));
    const gens = await greedyBatch(context(loaded, null, check), enc, rows);
    shared.decode = since(t);
    return gens.map((g) => finish(loaded, g, overrides, { ...shared }));
  }

  /** Jobs that waited together, decoded in one batch: each keeps its own overrides, deadline and cancellation. */
  async function runRows(loaded: Loaded, jobs: readonly Job[]): Promise<Attempt[]> {
    const t0 = performance.now();
    const ids = jobs.map((j) => loaded.tokenizer.encodePrompt(j.prompt).slice(0, loaded.maxPromptTokens));
    const tokenize = since(t0);
    let t = performance.now();
    const enc = await loaded.model.encode(ids, loaded.tokenizer.table.pad);
    const encode = since(t);
    t = performance.now();
    const rows: BatchRow[] = jobs.map((j) => ({ grammar: grammarFor(j.overrides, j.prompt), check: j.check }));
    const gens = await greedyBatch(context(loaded, null, () => {}), enc, rows);
    const decode = since(t);
    return gens.map((g, i) => {
      const timings = { queue: Math.max(0, Math.round((t0 - jobs[i]!.started) * 100) / 100), tokenize, encode, decode, batch: jobs.length };
      return g.error !== undefined ? { timings, error: asError(g.error) } : finish(loaded, g, jobs[i]!.overrides, timings);
    });
  }

  // Requests queue here while the model is busy; each drain decodes what has gathered by the time it starts.
  const jobs: Job[] = [];
  let drainQueued = false;
  async function drain(loaded: Loaded): Promise<void> {
    drainQueued = false;
    const take = jobs.splice(0, o.maxBatch);
    if (jobs.length) queueDrain(loaded);
    if (take.length === 1) {
      const j = take[0]!;
      j.done(await runOne(loaded, j.prompt, j.overrides, j.check, j.started).catch((err) => ({ timings: {}, error: asError(err) })));
      return;
    }
    const attempts = await runRows(loaded, take).catch((err) => take.map(() => ({ timings: {}, error: asError(err) })));
    take.forEach((j, i) => j.done(attempts[i]!));
  }
  function queueDrain(loaded: Loaded): void {
    drainQueued = true;
    void queue.run(() => drain(loaded));
  }
  const submit = (loaded: Loaded, job: Omit<Job, 'done'>) =>
    new Promise<Attempt>((done) => {
      jobs.push({ ...job, done });
      if (!drainQueued) queueDrain(loaded);
    });

  /** The model's answer, or the rule-based one when the model failed and fallback is on. */
  function settle(prompt: string, attempt: Attempt, overrides: Overrides, started: number, signal?: AbortSignal): GenerateResult {
    if (attempt.doc) return { doc: attempt.doc, method: 'model', ms: since(started), timings: attempt.timings, text: attempt.text };
    const error = attempt.error!;
    if (error.code === 'ENGINE_ABORTED' || signal?.aborted || !o.fallback) throw error;
    const doc = attempt.rules ?? rulesGenerate(prompt, overrides);
    return { doc, method: 'rules', ms: since(started), timings: attempt.timings, warnings: [`${error.message}; answered with the rule-based generator`] };
  }

  const asError = (err: unknown): EngineError =>
    err instanceof EngineError ? err : new EngineError('INFERENCE', `inference failed: ${(err as Error)?.message ?? err}`, { cause: err });

  function start(opts: GenerateOptions) {
    if (closed) throw new EngineError('CLOSED', 'the engine is closed');
    const started = performance.now();
    const overrides: Overrides = { theme: opts.theme, pageType: opts.pageType };
    const check = deadlineCheck(started + (opts.timeoutMs ?? o.timeoutMs), opts.signal);
    return { started, overrides, check };
  }

  const noModel = (): Attempt => ({ timings: {}, error: new EngineError('MODEL_NOT_FOUND', 'no model is loaded') });

  async function generate(prompt: string, opts: GenerateOptions = {}): Promise<GenerateResult> {
    const text = checkPrompt(prompt);
    const { started, overrides, check } = start(opts);
    let attempt: Attempt;
    try {
      if (!m) attempt = noModel();
      else if (o.beams > 1 || o.maxBatch === 1) attempt = await queue.run(() => runOne(m!, text, overrides, check, started));
      else attempt = await submit(m, { prompt: text, overrides, check, started });
    } catch (err) {
      attempt = { timings: {}, error: asError(err) };
    }
    return settle(text, attempt, overrides, started, opts.signal);
  }

  async function generateBatch(prompts: string[], opts: GenerateOptions = {}): Promise<GenerateResult[]> {
    const texts = prompts.map(checkPrompt);
    if (!texts.length) return [];
    if (!m || o.beams > 1 || texts.length === 1) return Promise.all(texts.map((p) => generate(p, opts)));
    const { started, overrides, check } = start(opts);
    let attempts: Attempt[];
    try {
      attempts = await queue.run(() => runBatch(m!, texts, overrides, check, started));
    } catch (err) {
      attempts = texts.map(() => ({ timings: {}, error: asError(err) }));
    }
    return texts.map((p, i) => settle(p, attempts[i]!, overrides, started, opts.signal));
  }

  if (m && o.warmup) {
    // A few tokens are enough to initialise the sessions and compile the hot paths.
    const t = performance.now();
    await runOne(m, '首页', {}, () => {}, t, 16).catch(() => undefined);
    o.log(`warm-up ${since(t)} ms`);
  }

  return {
    generate,
    generateBatch,
    info: () => ({ device: m?.device ?? 'none', modelDir: m?.files.dir ?? '', ready: m !== null && !closed, ...(m ? { precision: m.files.precision } : {}) }),
    async close() {
      if (closed) return;
      closed = true;
      await queue.run(async () => m?.model.release());
    },
  };
}
