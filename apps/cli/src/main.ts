import { commands, type Command } from './commands.ts';

const USAGE = `uidsl: Chinese page descriptions to UI-DSL documents, pages, Vue files and PNGs

usage: uidsl <command> [options]   (uidsl <command> --help for its options)

commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(16)}${c.summary}`)
  .join('\n')}
`;

/** Finds the longest command name ("data generate" before "data") at the start of argv. */
function resolve(argv: string[]): { name: string; command: Command; rest: string[] } | null {
  for (const n of [2, 1]) {
    const name = argv.slice(0, n).join(' ');
    const command = commands[name];
    if (command) return { name, command, rest: argv.slice(n) };
  }
  return null;
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    process.stdout.write(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  const found = resolve(argv);
  if (!found) {
    process.stderr.write(`uidsl: unknown command "${argv.join(' ')}"\n\n${USAGE}`);
    return 2;
  }
  const mod = await found.command.load();
  return mod.run(found.rest);
}

process.exitCode = await main(process.argv.slice(2));
