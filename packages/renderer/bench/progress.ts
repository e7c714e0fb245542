import cliProgress from 'cli-progress';

/** A progress bar with rate and ETA on a terminal; plain lines every `every` steps otherwise (CI logs). */
export function progress(label: string, total: number, every = 10) {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {value}/{total} {rate}/s ETA {eta}s {item}`, stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    const start = Date.now();
    bar.start(total, 0, { rate: '0.0', item: '' });
    let done = 0;
    return {
      tick(item = '') {
        done++;
        bar.update(done, { rate: (done / ((Date.now() - start) / 1000 || 1)).toFixed(1), item });
      },
      stop: () => bar.stop(),
    };
  }
  let done = 0;
  const start = Date.now();
  return {
    tick(item = '') {
      done++;
      if (done % every === 0 || done === total) {
        const s = (Date.now() - start) / 1000;
        process.stderr.write(`${label}: ${done}/${total} (${(done / s).toFixed(1)}/s, eta ${Math.round(((total - done) * s) / done)}s) ${item}\n`);
      }
    },
    stop() {},
  };
}
