import cliProgress from 'cli-progress';

export interface Progress {
  tick(n?: number): void;
  stop(): void;
}

/**
 * A progress bar with rate and ETA on a terminal; elsewhere (CI, pipes) a plain line every `every`
 * seconds, so logs stay readable.
 */
export function progress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr, every = 10): Progress {
  const started = Date.now();
  let done = 0;
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} {bar} {value}/{total} | {speed}/s | eta {eta_formatted}`, stream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { speed: '0' });
    return {
      tick(n = 1) {
        done += n;
        bar.update(done, { speed: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) });
      },
      stop: () => bar.stop(),
    };
  }
  let last = started;
  return {
    tick(n = 1) {
      done += n;
      const now = Date.now();
      if (now - last >= every * 1000 || done === total) {
        last = now;
        const rate = done / Math.max(0.001, (now - started) / 1000);
        const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        stream.write(`${label}: ${done}/${total} (${rate.toFixed(1)}/s, eta ${eta}s)\n`);
      }
    },
    stop() {},
  };
}
