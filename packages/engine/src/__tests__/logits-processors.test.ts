import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processorsFor, tokenRunLimit } from '../decoding/logits-processors.ts';

const row = () => new Float32Array([0, 1, 2, 3]);

test('a token that would repeat past the run limit is forbidden, and only that token', () => {
  const limit = tokenRunLimit(3);
  const r = row();
  limit(r, [0, 2, 2, 2]);
  assert.deepEqual([...r], [0, 1, -Infinity, 3]);
});

test('shorter or broken runs are left alone', () => {
  const limit = tokenRunLimit(3);
  for (const generated of [[], [2, 2], [2, 1, 2, 2], [2, 2, 1]]) {
    const r = row();
    limit(r, generated);
    assert.deepEqual([...r], [0, 1, 2, 3], JSON.stringify(generated));
  }
});

test('processors come from the generation config, as Transformers.js reads it', () => {
  assert.equal(processorsFor({}).length, 0);
  const [minNew] = processorsFor({ min_new_tokens: 2, eos_token_id: 1 });
  const r = row();
  minNew!(r, [3]);
  assert.equal(r[1], -Infinity);
});
