// Placeholder until the issue that owns this command lands it.
export function run(): number {
  process.stderr.write('uidsl: this command is not available yet\n');
  return 2;
}
