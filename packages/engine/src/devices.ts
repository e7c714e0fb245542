/** The devices a caller may ask for, and the ONNX Runtime execution providers that serve each. */
export const devices = {
  cpu: { provider: 'cpu', label: 'CPU' },
  cuda: { provider: 'cuda', label: 'NVIDIA CUDA' },
  webgpu: { provider: 'webgpu', label: 'WebGPU' },
} as const;

export type Device = keyof typeof devices;
export type DeviceRequest = Device | 'auto';

/**
 * What `auto` tries, fastest first; CPU always starts. WebGPU is left out: on an H100 it ran this model
 * about 30 times slower than one CPU thread (each decoder call is hundreds of tiny kernels; docs/gpu.md),
 * so it is used only when asked for by name.
 */
export const autoOrder: readonly Device[] = ['cuda', 'cpu'];

/** The device asked for: the option, else UIDSL_DEVICE, else cpu. Unknown names are an error, not a guess. */
export function requestedDevice(option?: string, env: NodeJS.ProcessEnv = process.env): DeviceRequest {
  const value = (option ?? env.UIDSL_DEVICE ?? 'cpu').toLowerCase();
  if (value === 'auto' || value in devices) return value as DeviceRequest;
  throw new Error(`unknown device "${value}"; use one of ${[...Object.keys(devices), 'auto'].join(', ')}`);
}

/** Devices to try in order for a request; CPU is always last, so a session can always start. */
export function deviceCandidates(request: DeviceRequest): Device[] {
  if (request === 'auto') return [...autoOrder];
  return request === 'cpu' ? ['cpu'] : [request, 'cpu'];
}
