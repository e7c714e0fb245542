import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { DslErrorCodes, formatIssues, parseDocument, validate, type DslIssue, type ValidationResult } from '@uidsl/dsl';

const HELP = `usage: uidsl validate FILE [--max-errors N] [--quiet]

Checks a UI-DSL document (.json) or a JSONL file (.jsonl, one record or document a line).
A record's "output_json_minified" is checked; a line without it is checked as a document.
Prints each problem as FILE:LINE: path: message [code]. Exit codes: 0 all valid,
1 something invalid, 2 bad usage or unreadable file. FILE "-" reads standard input as JSONL.

options:
  --max-errors N   print at most N invalid records (default 20; all are counted)
  --quiet          print only the summary line
`;

/** What one JSONL line holds: a dataset record (checks its output) or a bare document. */
function checkLine(line: string): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    // Let the document parser word the syntax error, with its position.
    return parseDocument(line);
  }
  if (value && typeof value === 'object' && 'output_json_minified' in value) {
    const out = (value as { output_json_minified: unknown }).output_json_minified;
    if (typeof out !== 'string') {
      return { valid: false, issues: [{ code: DslErrorCodes.WRONG_TYPE, path: 'output_json_minified', message: 'must be a string holding the minified document' }] };
    }
    return parseDocument(out);
  }
  return validate(value);
}

export async function run(argv: string[]): Promise<number> {
  let file: string;
  let maxErrors: number;
  let quiet: boolean;
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { 'max-errors': { type: 'string' }, quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    if (positionals.length !== 1) throw new Error(positionals.length ? 'give exactly one FILE' : 'FILE is required');
    file = positionals[0];
    maxErrors = values['max-errors'] === undefined ? 20 : Number(values['max-errors']);
    if (!Number.isInteger(maxErrors) || maxErrors < 0) throw new Error(`--max-errors must be a whole number >= 0; got "${values['max-errors']}"`);
    quiet = values.quiet ?? false;
    if (file !== '-' && (!existsSync(file) || !statSync(file).isFile())) {
      process.stderr.write(`uidsl validate: cannot read "${file}": no such file\n`);
      return 2;
    }
  } catch (err) {
    process.stderr.write(`uidsl validate: ${(err as Error).message}\n\n${HELP}`);
    return 2;
  }

  const jsonl = file === '-' || /\.(jsonl|ndjson)$/i.test(file);
  let checked = 0;
  let invalid = 0;
  const report = (where: string, issues: DslIssue[]) => {
    invalid++;
    if (!quiet && invalid <= maxErrors) process.stdout.write(formatIssues(issues, `${where}: `) + '\n');
  };

  if (!jsonl) {
    const result = parseDocument(readFileSync(file, 'utf8'));
    checked = 1;
    if (!result.valid) report(file, result.issues);
  } else {
    const input = file === '-' ? process.stdin : createReadStream(file, 'utf8');
    let lineNo = 0;
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNo++;
      if (!line.trim()) continue;
      checked++;
      const result = checkLine(line);
      if (!result.valid) report(`${file === '-' ? 'stdin' : file}:${lineNo}`, result.issues);
    }
  }
  if (invalid > maxErrors && !quiet) process.stdout.write(`… ${invalid - maxErrors} more invalid not shown (--max-errors)\n`);
  const summary = `${file}: ${checked} ${checked === 1 ? 'document' : 'documents'} checked, ${invalid} invalid`;
  (invalid ? process.stderr : process.stdout).write(summary + '\n');
  return invalid || checked === 0 ? 1 : 0;
}
