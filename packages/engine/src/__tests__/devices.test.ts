import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine } from '../engine.ts';
import { deviceCandidates, requestedDevice } from '../devices.ts';
import { modelDir, noModel } from './helpers/model.ts';

test('the device comes from the option, then UIDSL_DEVICE, then cpu; unknown names are refused', () => {
  assert.equal(requestedDevice(undefined, {}), 'cpu');
  assert.equal(requestedDevice(undefined, { UIDSL_DEVICE: 'CUDA' }), 'cuda');
  assert.equal(requestedDevice('webgpu', { UIDSL_DEVICE: 'cuda' }), 'webgpu');
  assert.throws(() => requestedDevice('tpu', {}), /unknown device "tpu"/);
  assert.deepEqual(deviceCandidates('cuda'), ['cuda', 'cpu']);
  assert.deepEqual(deviceCandidates('auto').at(-1), 'cpu');
  assert.ok(!deviceCandidates('auto').includes('webgpu'), 'auto must not pick WebGPU, slower than the CPU for this model');
});

test('a device that cannot start falls back to the CPU with a warning', { skip: noModel }, async () => {
  // No CUDA libraries are installed here (setup skips onnxruntime-node's CUDA download).
  const lines: string[] = [];
  const engine = await createEngine({ modelDir, device: 'cuda', warmup: false, log: (l) => lines.push(l) });
  try {
    assert.equal(engine.info().device, 'cpu');
    assert.ok(lines.some((l) => /warning: NVIDIA CUDA .*(not available|could not start)/.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => /on CPU \[cpu execution provider\]/.test(l)), lines.join('\n'));
    assert.equal((await engine.generate('简约首页')).doc.page !== undefined, true);
  } finally {
    await engine.close();
  }
});
