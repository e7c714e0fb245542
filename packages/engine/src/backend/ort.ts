// The only module that imports onnxruntime-node: sessions, tensors and execution providers live here.
import ort from 'onnxruntime-node';
import { devices, deviceCandidates, type Device, type DeviceRequest } from '../devices.ts';

export type Tensor = ort.Tensor;
export type Feeds = Record<string, ort.Tensor>;
export type Outputs = Record<string, ort.Tensor>;

export interface Session {
  inputNames: readonly string[];
  outputNames: readonly string[];
  run(feeds: Feeds): Promise<Outputs>;
  release(): Promise<void>;
}

export interface SessionOptions {
  device: DeviceRequest;
  /** Intra-op threads; 0 lets ONNX Runtime pick (one per core). */
  threads: number;
  log: (line: string) => void;
}

function wrap(s: ort.InferenceSession): Session {
  return { inputNames: s.inputNames, outputNames: s.outputNames, run: (feeds) => s.run(feeds), release: () => s.release() };
}

function sessionOptions(device: Device, threads: number): ort.InferenceSession.SessionOptions {
  return {
    executionProviders: [devices[device].provider],
    graphOptimizationLevel: 'all',
    // A provider that fails to load is reported by our own warning; ONNX Runtime's native error line only adds noise.
    ...(device === 'cpu' ? {} : { logSeverityLevel: 4 as const }),
    ...(threads > 0 ? { intraOpNumThreads: threads, interOpNumThreads: 1 } : {}),
  };
}

/**
 * Opens every model file on the first device that starts, trying the request's candidates in order.
 * A device that fails is logged with its reason and the next one is tried; CPU comes last.
 */
export async function openSessions<K extends string>(
  paths: Record<K, string>,
  opts: SessionOptions,
): Promise<{ device: Device; sessions: Record<K, Session> }> {
  const bundled = new Map(ort.listSupportedBackends().map((b) => [b.name, b.bundled]));
  let lastError: unknown;
  for (const device of deviceCandidates(opts.device)) {
    const provider = devices[device].provider;
    if (device !== 'cpu' && !bundled.has(provider)) {
      opts.log(`warning: ${devices[device].label} is not available in this onnxruntime-node build; trying the next device`);
      continue;
    }
    const opened: Partial<Record<K, Session>> = {};
    try {
      for (const [name, path] of Object.entries(paths) as [K, string][]) opened[name] = wrap(await ort.InferenceSession.create(path, sessionOptions(device, opts.threads)));
      return { device, sessions: opened as Record<K, Session> };
    } catch (err) {
      lastError = err;
      await Promise.all(Object.values<Session | undefined>(opened).map((s) => s?.release()));
      const reason = (err as Error).message.split('\n')[0];
      opts.log(`warning: ${devices[device].label} could not start (${reason}); ${device === 'cpu' ? 'giving up' : 'falling back'}`);
    }
  }
  throw lastError;
}

export const int64 = (values: ArrayLike<number>, dims: number[]): Tensor => new ort.Tensor('int64', BigInt64Array.from(Array.from(values, BigInt)), dims);
export const float32 = (data: Float32Array, dims: number[]): Tensor => new ort.Tensor('float32', data, dims);
export const bool = (value: boolean): Tensor => new ort.Tensor('bool', [value], [1]);
