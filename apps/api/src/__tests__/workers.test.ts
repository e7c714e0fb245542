import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../../cli/bin/uidsl.mjs', import.meta.url));
const parentOf = (pid: number) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** `uidsl serve` with two processes; resolves once the first one listens. */
async function serveTwo() {
  const proc = spawn(process.execPath, [cli, 'serve'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', UIDSL_WORKERS: '2', UIDSL_MODEL_DIR: '/nonexistent-model', UIDSL_RENDER_CONCURRENCY: '1', UIDSL_WARMUP: 'false', UIDSL_LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  let stderr = '';
  const port = await new Promise<number>((resolve, reject) => {
    proc.stderr!.on('data', (d) => {
      stderr += d;
      const m = /serving the web app and API at http:\/\/[\d.]+:(\d+)\//.exec(stderr);
      if (m) resolve(Number(m[1]));
    });
    proc.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  return { proc, exited, port };
}

const childrenOf = (pid: number) =>
  readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .filter((e) => {
      try {
        return parentOf(Number(e)) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);

test('UIDSL_WORKERS=2: two processes answer on one port, and SIGTERM to the first stops both', { timeout: 180_000 }, async () => {
  const { proc, exited, port } = await serveTwo();
  try {
    // Ready only once both processes take connections.
    const readyBy = Date.now() + 120_000;
    let ready: { status: string; workers_ready: boolean } | null = null;
    while (Date.now() < readyBy) {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`, { headers: { connection: 'close' } }).catch(() => null);
      if (res?.status === 200) {
        ready = await res.json();
        break;
      }
      await res?.arrayBuffer();
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(ready?.workers_ready, true);
    // Each request on a fresh connection, so the kernel picks a process each time.
    const pids = new Set<number>();
    const deadline = Date.now() + 30_000;
    while (pids.size < 2 && Date.now() < deadline) {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`, { headers: { connection: 'close' } }).then((res) => res.json(), () => null);
      if (r) pids.add(r.pid);
      else await new Promise((res) => setTimeout(res, 100));
    }
    assert.equal(pids.size, 2, `only ${[...pids]} answered`);
    assert.ok(pids.has(proc.pid!), 'the first process serves too');
    const other = [...pids].find((p) => p !== proc.pid)!;
    assert.equal(parentOf(other), proc.pid, 'the second process is the first one\'s child');
    proc.kill('SIGTERM');
    assert.equal(await exited, 0);
    const gone = Date.now() + 10_000;
    while (alive(other) && Date.now() < gone) await new Promise((res) => setTimeout(res, 100));
    assert.equal(alive(other), false, 'the second process has stopped');
  } finally {
    if (proc.exitCode === null) proc.kill('SIGKILL');
  }
});

test('SIGTERM while the second process is still starting stops both at once, not after the grace period', { timeout: 120_000 }, async () => {
  const { proc, exited, port } = await serveTwo();
  try {
    const starting = await (await fetch(`http://127.0.0.1:${port}/readyz`)).json();
    assert.equal(starting.workers_ready, false, 'the second process was already serving; nothing to test');
    const [other] = childrenOf(proc.pid!);
    assert.ok(other, 'the second process was not started');
    const t0 = Date.now();
    proc.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.ok(Date.now() - t0 < 10_000, `took ${Date.now() - t0} ms; the grace period is 15 s`);
    assert.equal(alive(other), false, 'the second process has stopped');
  } finally {
    if (proc.exitCode === null) proc.kill('SIGKILL');
  }
});
