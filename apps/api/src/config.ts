import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export type Device = 'cpu' | 'cuda' | 'webgpu' | 'auto';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface ApiConfig {
  host: string;
  port: number;
  modelDir: string;
  device: Device;
  threads: number;
  concurrency: number;
  maxBatch: number;
  queueDepth: number;
  renderConcurrency: number;
  renderQueueDepth: number;
  requestTimeoutMs: number;
  generateTimeoutMs: number;
  bodyLimitBytes: number;
  rateLimit: number;
  rateWindowMs: number;
  apiKeys: string[];
  corsOrigins: string[];
  cacheEntries: number;
  cacheBytes: number;
  logLevel: LogLevel;
  webDir: string;
  shutdownGraceMs: number;
  trustProxy: boolean;
  fallback: boolean;
  warmup: boolean;
  workers: number;
}

type Parse<T> = (raw: string, name: string) => T;

const int =
  (min: number, max: number): Parse<number> =>
  (raw, name) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    return n;
  };
const oneOf =
  <T extends string>(values: readonly T[]): Parse<T> =>
  (raw, name) => {
    if (!values.includes(raw as T)) throw new ConfigError(`${name} must be one of ${values.join(', ')}, got "${raw}"`);
    return raw as T;
  };
const bool: Parse<boolean> = (raw, name) => {
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
};
const list: Parse<string[]> = (raw) => raw.split(',').map((s) => s.trim()).filter(Boolean);
const text: Parse<string> = (raw) => raw;
const bytes: Parse<number> = (raw, name) => {
  const m = /^(\d+)\s*(b|kb|mb)?$/i.exec(raw.trim());
  if (!m) throw new ConfigError(`${name} must be a size such as 100kb or 1mb, got "${raw}"`);
  const n = Number(m[1]) * ({ b: 1, kb: 1024, mb: 1024 * 1024 } as const)[(m[2] ?? 'b').toLowerCase() as 'b' | 'kb' | 'mb'];
  if (n < 1024 || n > 16 * 1024 * 1024) throw new ConfigError(`${name} must be from 1kb to 16mb, got "${raw}"`);
  return n;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

interface Option<K extends keyof ApiConfig> {
  env: string;
  flag: string;
  default: string;
  parse: Parse<ApiConfig[K]>;
  help: string;
}

/**
 * Every setting, once: its environment variable, its flag, its default and what it means.
 * `docs/operations.md` and `uidsl serve --help` are generated from this table, so they cannot drift.
 */
export const options: { [K in keyof ApiConfig]: Option<K> } = {
  host: { env: 'HOST', flag: '--host', default: '0.0.0.0', parse: text, help: 'interface to listen on' },
  port: { env: 'PORT', flag: '--port', default: '8080', parse: int(0, 65535), help: 'TCP port (0 picks a free one)' },
  modelDir: { env: 'UIDSL_MODEL_DIR', flag: '--model-dir', default: 'data/models/default', parse: text, help: 'model directory (Transformers.js layout), relative to the repository root or absolute' },
  device: { env: 'UIDSL_DEVICE', flag: '--device', default: 'cpu', parse: oneOf(['cpu', 'cuda', 'webgpu', 'auto'] as const), help: 'ONNX Runtime execution provider (auto: cuda when present, else cpu)' },
  threads: { env: 'UIDSL_THREADS', flag: '--threads', default: '1', parse: int(0, 256), help: 'inference threads (0: one per core; 1 measured twice as fast as 2 for this model)' },
  concurrency: { env: 'UIDSL_CONCURRENCY', flag: '--concurrency', default: '8', parse: int(1, 64), help: 'generations handed to the engine at once (it queues them, or decodes those that wait together when UIDSL_MAX_BATCH > 1)' },
  maxBatch: { env: 'UIDSL_MAX_BATCH', flag: '--max-batch', default: '1', parse: int(1, 64), help: 'most generations the engine decodes in one batch (1, the default: one at a time, each with its draft)' },
  queueDepth: { env: 'UIDSL_QUEUE_DEPTH', flag: '--queue-depth', default: '32', parse: int(0, 10000), help: 'generations waiting before new ones get 503 + Retry-After' },
  renderConcurrency: { env: 'UIDSL_RENDER_CONCURRENCY', flag: '--render-concurrency', default: '2', parse: int(1, 64), help: 'PNG renders run at once' },
  renderQueueDepth: { env: 'UIDSL_RENDER_QUEUE_DEPTH', flag: '--render-queue-depth', default: '64', parse: int(0, 10000), help: 'PNG renders waiting before new ones get 503 + Retry-After' },
  requestTimeoutMs: { env: 'UIDSL_REQUEST_TIMEOUT_MS', flag: '--request-timeout-ms', default: '30000', parse: int(100, 600000), help: 'a request still unanswered after this gets 504' },
  generateTimeoutMs: { env: 'UIDSL_GENERATE_TIMEOUT_MS', flag: '--generate-timeout-ms', default: '10000', parse: int(100, 600000), help: 'time one model generation may take; past it the rule-based generator answers (with UIDSL_FALLBACK)' },
  bodyLimitBytes: { env: 'UIDSL_BODY_LIMIT', flag: '--body-limit', default: '100kb', parse: bytes, help: 'largest request body; larger gets 413' },
  rateLimit: { env: 'UIDSL_RATE_LIMIT', flag: '--rate-limit', default: '600', parse: int(0, 10_000_000), help: 'API requests per client per window (0: no limit); past it, 429' },
  rateWindowMs: { env: 'UIDSL_RATE_WINDOW_MS', flag: '--rate-window-ms', default: '60000', parse: int(100, 86_400_000), help: 'rate-limit window' },
  apiKeys: { env: 'UIDSL_API_KEYS', flag: '--api-keys', default: '', parse: list, help: 'comma-separated Bearer keys; when set, /api/ needs one' },
  corsOrigins: { env: 'UIDSL_CORS_ORIGINS', flag: '--cors-origins', default: '', parse: list, help: 'comma-separated origins allowed cross-origin (* for any; empty: same origin only)' },
  cacheEntries: { env: 'UIDSL_CACHE_ENTRIES', flag: '--cache-entries', default: '1000', parse: int(0, 1_000_000), help: 'LRU cache entries for identical requests (0: off)' },
  cacheBytes: { env: 'UIDSL_CACHE_BYTES', flag: '--cache-bytes', default: '64mb', parse: (raw, name) => (raw === '0' ? 0 : bytesLarge(raw, name)), help: 'LRU cache total size' },
  logLevel: { env: 'UIDSL_LOG_LEVEL', flag: '--log-level', default: 'info', parse: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const), help: 'JSON log level on stdout' },
  webDir: { env: 'UIDSL_WEB_DIR', flag: '--web-dir', default: 'apps/web/dist', parse: text, help: 'built web app served at /' },
  shutdownGraceMs: { env: 'UIDSL_SHUTDOWN_GRACE_MS', flag: '--shutdown-grace-ms', default: '15000', parse: int(0, 600000), help: 'on SIGTERM, time given to requests in flight' },
  trustProxy: { env: 'UIDSL_TRUST_PROXY', flag: '--trust-proxy', default: 'false', parse: bool, help: 'take the client address from X-Forwarded-For (behind a proxy)' },
  fallback: { env: 'UIDSL_FALLBACK', flag: '--fallback', default: 'true', parse: bool, help: 'answer with the rule-based generator when the model fails or is missing' },
  warmup: { env: 'UIDSL_WARMUP', flag: '--warmup', default: 'true', parse: bool, help: 'run one generation at start; /readyz waits for it' },
  workers: { env: 'UIDSL_WORKERS', flag: '--workers', default: '1', parse: int(1, 64), help: 'server processes sharing the port, each with its own engine, render threads, cache, rate-limit counts and metrics (docs/operations.md)' },
};

function bytesLarge(raw: string, name: string): number {
  const m = /^(\d+)\s*(b|kb|mb|gb)?$/i.exec(raw.trim());
  if (!m) throw new ConfigError(`${name} must be a size such as 64mb, got "${raw}"`);
  return Number(m[1]) * ({ b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 } as const)[(m[2] ?? 'b').toLowerCase() as 'b'];
}

const flagToKey = new Map(Object.entries(options).map(([k, o]) => [o.flag, k as keyof ApiConfig]));

/**
 * Builds the configuration: defaults, then environment variables, then flags (`--port 9000` or
 * `--port=9000`; a bare boolean flag means true). Throws ConfigError naming the setting at fault.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = []): ApiConfig {
  const raw = new Map<keyof ApiConfig, { value: string; from: string }>();
  for (const [key, o] of Object.entries(options) as [keyof ApiConfig, Option<any>][]) {
    raw.set(key, { value: o.default, from: `default of ${o.env}` });
    const v = env[o.env];
    if (v !== undefined && v !== '') raw.set(key, { value: v, from: o.env });
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const key = flagToKey.get(flag!);
    if (!key) throw new ConfigError(`unknown option "${arg}"`);
    const isBool = options[key].parse === (bool as unknown);
    let value = inline;
    if (value === undefined) value = isBool && (argv[i + 1] === undefined || argv[i + 1]!.startsWith('--')) ? 'true' : argv[++i];
    if (value === undefined) throw new ConfigError(`${flag} needs a value`);
    raw.set(key, { value, from: flag! });
  }
  const config = {} as Record<keyof ApiConfig, unknown>;
  for (const [key, { value, from }] of raw) config[key] = (options[key].parse as Parse<unknown>)(value, from);
  const c = config as unknown as ApiConfig;
  c.modelDir = resolveFromRoot(c.modelDir);
  c.webDir = resolveFromRoot(c.webDir);
  return c;
}

const resolveFromRoot = (p: string) => (p.startsWith('/') ? p : fileURLToPath(new URL(p, `file://${repoRoot}`)));

/** The options as a Markdown table, for docs and the README. */
export function optionsTable(): string {
  const rows = Object.values(options).map((o) => `| \`${o.env}\` | \`${o.flag}\` | \`${o.default || '(empty)'}\` | ${o.help} |`);
  return ['| environment | flag | default | meaning |', '|---|---|---|---|', ...rows].join('\n');
}
