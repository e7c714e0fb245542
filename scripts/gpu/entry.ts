// One file for the GPU machine, which has no node_modules: `gen` writes a dataset, `devices` runs the
// engine's device benchmark. scripts/gpu/pack.sh bundles it with esbuild.
export {};

const [command, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0]!, process.argv[1]!, ...rest];
if (command === 'gen') process.exitCode = await (await import('../../apps/cli/src/commands/data-generate.ts')).run(rest);
else if (command === 'devices') await import('../../packages/engine/bench/devices.ts');
else throw new Error(`usage: entry.mjs gen|devices ...`);
