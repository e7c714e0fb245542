import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiConfig } from './config.ts';
import { loadDeps, type AppDeps } from './deps.ts';
import { createApp, type UidslApp } from './app.ts';
import { createLogger, type Logger } from './logger.ts';
import { announceServing, followFirst, receivePort, sharesPort, startSharers } from './workers.ts';

export interface RunningServer extends UidslApp {
  server: Server;
  url: string;
  /** Stops taking connections, lets requests in flight finish (up to the grace period), then closes the engine. */
  shutdown(reason?: string): Promise<void>;
}

/**
 * Loads the engine and renderer (unless given), listens, and starts the warm-up in the background.
 * With UIDSL_WORKERS above 1 it also starts the processes that share its port (workers.ts); a process
 * started that way warms up first and then takes the port from the first one instead of binding it.
 */
export async function startServer(config: ApiConfig, opts: { deps?: AppDeps; logger?: Logger } = {}): Promise<RunningServer> {
  const log = opts.logger ?? createLogger(config.logLevel);
  const deps = opts.deps ?? (await loadDeps(config, log));
  const built = createApp(config, deps, { logger: log });
  const server = createServer(built.app);
  const sharing = sharesPort();
  if (sharing) {
    // Connections reach this process only once it is warm: the first process's /readyz speaks for the port.
    await built.warmUp();
    server.listen(await receivePort());
  } else {
    server.listen(config.port, config.host);
  }
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  // Slow or stalled clients cannot hold a socket forever; keep-alive outlives typical proxy idle timeouts.
  server.requestTimeout = config.requestTimeoutMs + 5000;
  server.headersTimeout = 20000;
  server.keepAliveTimeout = 65000;
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  const url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${addr.port}`;
  log.info({ url, device: deps.engine.info().device, modelDir: deps.engine.info().modelDir, webDir: config.webDir, sharedPort: sharing || undefined }, 'listening');
  void built.warmUp();
  const sharers = !sharing && config.workers > 1 ? startSharers(config.workers - 1, server, log) : null;
  if (sharers) {
    // Ready means every process is taking connections, so a load balancer's first requests are not
    // served by one process while the others still load.
    built.services.state.workersReady = false;
    void sharers.ready.then(() => {
      built.services.state.workersReady = true;
      log.info({ workers: config.workers }, 'all server processes serving');
    });
  }

  let closing: Promise<void> | null = null;
  const shutdown = (reason = 'shutdown') =>
    (closing ??= (async () => {
      log.info({ reason, graceMs: config.shutdownGraceMs }, 'draining');
      built.services.state.draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive sockets would hold close() open; busy ones finish their request first.
      server.closeIdleConnections();
      const grace = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), config.shutdownGraceMs).unref());
      const idleTimer = setInterval(() => server.closeIdleConnections(), 200);
      const others = sharers?.stop(config.shutdownGraceMs);
      const outcome = await Promise.race([closed.then(() => 'closed' as const), grace]);
      clearInterval(idleTimer);
      if (outcome === 'timeout') {
        log.warn('grace period over; closing remaining connections');
        server.closeAllConnections();
        await closed;
      }
      await others;
      await deps.engine.close();
      await deps.close?.();
      log.info('stopped');
      // The channel to the first process would keep this one alive.
      if (sharing && process.connected) process.disconnect();
    })());
  if (sharing) {
    followFirst(shutdown);
    announceServing();
  }

  return { ...built, server, url, shutdown };
}
