import { ConfigError, loadConfig, options, startServer } from '@uidsl/api';

const HELP = `usage: uidsl serve [options]

Starts the API and the web app on one port. Every option is also an environment variable;
flags win over the environment, which wins over the defaults.

${Object.values(options)
  .map((o) => `  ${`${o.flag} <value>`.padEnd(30)}${o.help} [${o.env}, default ${o.default || 'empty'}]`)
  .join('\n')}
`;

/** `uidsl serve`: runs until SIGINT or SIGTERM, then drains requests in flight and exits 0. */
export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    return 0;
  }
  let config;
  try {
    config = loadConfig(process.env, argv);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`uidsl serve: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const server = await startServer(config);
  process.stderr.write(`uidsl: serving the web app and API at http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${(server.server.address() as { port: number }).port}/\n`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      // A second signal means "now": skip the grace period.
      process.once(signal, () => process.exit(130));
      server.shutdown(signal).then(resolve, resolve);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  return 0;
}
