import { fork, type ChildProcess } from 'node:child_process';
import type { Server } from 'node:http';
import type { Server as NetServer } from 'node:net';
import type { Logger } from './logger.ts';

/**
 * Several server processes on one port (UIDSL_WORKERS). The first process listens as usual and starts
 * the others by running its own program again; each of them loads its engine and renderer, warms up,
 * then asks for the listening socket and accepts connections from it too. The kernel hands each new
 * connection to whichever process takes it first, so a busy process takes fewer. One event loop per
 * process: HTML rendering, JSON and HTTP work, and the engine's decoding loop run in parallel.
 */

/** In the environment of a process started to share another's port: that process's pid. */
export const SHARED_PORT_ENV = 'UIDSL_SHARED_PORT_OF';

const WANT_PORT = 'uidsl:want-port';
const PORT = 'uidsl:port';
const STOP = 'uidsl:stop';
const SERVING = 'uidsl:serving';

/** True in a process started by startSharers. */
export const sharesPort = (): boolean => Boolean(process.env[SHARED_PORT_ENV]) && typeof process.send === 'function';

/** In a sharing process: asks the first process for its listening socket. */
export function receivePort(): Promise<NetServer> {
  return new Promise((resolve) => {
    const onMessage = (m: unknown, handle: unknown) => {
      if (m !== PORT || !handle) return;
      process.off('message', onMessage);
      resolve(handle as NetServer);
    };
    process.on('message', onMessage);
    process.send!(WANT_PORT);
  });
}

/** In a sharing process: tells the first process that this one now takes connections. */
export const announceServing = (): void => void process.send?.(SERVING);

/** In a sharing process: drains when the first process asks, or at once when it has gone. */
export function followFirst(shutdown: (reason: string) => Promise<void>): void {
  process.on('message', (m) => m === STOP && void shutdown('first process stopping'));
  process.once('disconnect', () => void shutdown('first process gone'));
}

/**
 * In the first process: starts `count` sharing processes; one that dies while serving is replaced.
 * `ready` resolves once each of the first `count` is serving or has failed before it could (logged:
 * the first process then serves with fewer helpers rather than never becoming ready).
 */
export function startSharers(count: number, server: Server, log: Logger) {
  const children = new Set<ChildProcess>();
  // Those that said they serve, and so listen for STOP; the others have not got that far.
  const serving = new WeakSet<ChildProcess>();
  let stopping = false;
  let starting = count;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const settled = () => --starting === 0 && markReady();

  const spawnOne = (initial: boolean) => {
    const child = fork(process.argv[1]!, process.argv.slice(2), {
      env: { ...process.env, [SHARED_PORT_ENV]: String(process.pid) },
      execArgv: process.execArgv,
      stdio: 'inherit',
    });
    let gotPort = false;
    children.add(child);
    child.on('message', (m) => {
      if (m === SERVING) {
        serving.add(child);
        log.info({ worker: child.pid }, 'server process sharing the port');
        if (initial) settled();
        return;
      }
      if (m !== WANT_PORT || stopping) return;
      gotPort = true;
      child.send(PORT, server);
    });
    child.once('exit', (code, signal) => {
      children.delete(child);
      // One that had the port but never said so is counted here too.
      if (initial && !serving.has(child)) settled();
      if (stopping) return;
      log.error({ worker: child.pid, code, signal }, gotPort ? 'server process exited; starting another' : 'server process exited before serving');
      // One that never got as far as serving would fail again the same way.
      if (gotPort) setTimeout(() => spawnOne(false), 1000).unref();
    });
  };
  for (let i = 0; i < count; i++) spawnOne(true);

  return {
    ready,
    /**
     * Asks every serving process to drain and waits for them to exit, killing any still there after the
     * grace period. One still starting serves nobody yet: SIGTERM ends it at once (its command has not
     * set up its own signal handling), where a message could arrive before it listens for one.
     */
    async stop(graceMs: number): Promise<void> {
      stopping = true;
      await Promise.all(
        [...children].map(
          (c) =>
            new Promise<void>((resolve) => {
              if (c.exitCode !== null || c.signalCode !== null) return resolve();
              c.once('exit', () => resolve());
              if (serving.has(c) && c.connected) c.send(STOP);
              else c.kill('SIGTERM');
              setTimeout(() => c.kill('SIGKILL'), graceMs + 5000).unref();
            }),
        ),
      );
    },
  };
}
