import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig, optionsTable, ConfigError } from '../config.ts';

test('defaults, then environment, then flags', () => {
  assert.equal(loadConfig({}, []).port, 8080);
  assert.equal(loadConfig({ PORT: '9000' }, []).port, 9000);
  assert.equal(loadConfig({ PORT: '9000' }, ['--port', '9100']).port, 9100);
  assert.equal(loadConfig({}, ['--port=9200']).port, 9200);
});

test('lists, sizes, booleans and relative paths are parsed', () => {
  const c = loadConfig({ UIDSL_API_KEYS: ' a, b ,,c', UIDSL_BODY_LIMIT: '2mb', UIDSL_TRUST_PROXY: 'yes' }, ['--fallback', 'false', '--warmup']);
  assert.deepEqual(c.apiKeys, ['a', 'b', 'c']);
  assert.equal(c.bodyLimitBytes, 2 * 1024 * 1024);
  assert.equal(c.trustProxy, true);
  assert.equal(c.fallback, false);
  assert.equal(c.warmup, true);
  assert.match(c.modelDir, /^\/.*\/data\/models\/default$/);
  assert.equal(loadConfig({ UIDSL_MODEL_DIR: '/srv/model' }).modelDir, '/srv/model');
  assert.deepEqual(loadConfig({}).corsOrigins, []);
});

test('a bad value names the setting and where it came from', () => {
  assert.throws(() => loadConfig({ PORT: 'eighty' }), (e: Error) => e instanceof ConfigError && /PORT must be a whole number/.test(e.message));
  assert.throws(() => loadConfig({}, ['--device', 'tpu']), /--device must be one of cpu, cuda, webgpu, auto/);
  assert.throws(() => loadConfig({}, ['--body-limit', '1gb']), /--body-limit must be/);
  assert.throws(() => loadConfig({}, ['--no-such-flag']), /unknown option "--no-such-flag"/);
  assert.throws(() => loadConfig({}, ['--port']), /--port needs a value/);
});

test('docs/operations.md carries the settings table exactly as the code defines it', () => {
  const doc = readFileSync(fileURLToPath(new URL('../../../../docs/operations.md', import.meta.url)), 'utf8');
  assert.ok(doc.includes(optionsTable()), 'regenerate the table in docs/operations.md from optionsTable()');
});
