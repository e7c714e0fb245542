import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validate } from '@uidsl/dsl';
import { modelDir, noModel } from './helpers/model.ts';

const bin = fileURLToPath(new URL('../../../../apps/cli/bin/uidsl.mjs', import.meta.url));
const uidsl = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, UIDSL_MODEL_DIR: modelDir, UIDSL_THREADS: '1' } });

test('uidsl generate --in writes one line per input line; bad lines get an error and the run goes on', { skip: noModel }, (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'uidsl-gen-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const input = join(dir, 'in.jsonl');
  const output = join(dir, 'out.jsonl');
  writeFileSync(input, ['{"id":"a","instruction":"简约的首页，底部导航"}', 'not json', '{"id":"c"}', '', '{"id":"d","instruction":"粉色登录页"}'].join('\n'));
  const r = uidsl('generate', '--in', input, '--out', output, '--batch', '2');
  assert.equal(r.status, 1, r.stderr);
  const lines = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ['a', null, 'c', 'd']);
  assert.match(lines[1].error, /not valid JSON/);
  assert.equal(lines[1].line, 2);
  assert.match(lines[2].error, /instruction/);
  for (const ok of [lines[0], lines[3]]) {
    assert.ok(validate(ok.output).valid);
    assert.ok(['model', 'rules'].includes(ok.method));
    assert.equal(typeof ok.ms, 'number');
    assert.equal(typeof ok.instruction, 'string');
  }
  assert.match(r.stderr, /2 of 4 lines written.*2 with errors/);
});

test('uidsl generate --text prints the minified document; bad usage exits 2', { skip: noModel }, () => {
  const r = uidsl('generate', '--text', '黑色主题的商品详情页', '--theme', 'forest-green');
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(r.stdout.trim(), JSON.stringify(doc));
  assert.equal(doc.page.theme, 'forest-green');
  assert.equal(uidsl('generate').status, 2);
  assert.equal(uidsl('generate', '--text', 'x', '--device', 'tpu').status, 2);
});
