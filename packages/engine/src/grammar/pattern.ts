/**
 * Compiles a fixed-length, anchored JSON Schema pattern (`^#[0-9A-Fa-f]{6}$`) into one character class per
 * position, which is what a character-level automaton needs. Patterns outside that shape are refused at
 * build time, so a schema change that needs more is noticed rather than silently unconstrained.
 */
export function compilePattern(source: string): RegExp[] {
  if (!source.startsWith('^') || !source.endsWith('$')) throw new Error(`pattern ${source}: only anchored patterns are supported`);
  const body = source.slice(1, -1);
  const out: RegExp[] = [];
  let i = 0;
  while (i < body.length) {
    let atom: string;
    if (body[i] === '[') {
      const end = body.indexOf(']', i);
      if (end < 0) throw new Error(`pattern ${source}: unclosed class`);
      atom = body.slice(i, end + 1);
      i = end + 1;
    } else if (body[i] === '\\') {
      atom = body.slice(i, i + 2);
      i += 2;
    } else if ('.*+?()|{'.includes(body[i]!)) {
      throw new Error(`pattern ${source}: "${body[i]}" is not supported`);
    } else {
      atom = body[i]!.replace(/[$^]/, '\\$&');
      i += 1;
    }
    let times = 1;
    const q = /^\{(\d+)\}/.exec(body.slice(i));
    if (q) {
      times = Number(q[1]);
      i += q[0].length;
    }
    const re = new RegExp(`^${atom}$`, 'u');
    for (let k = 0; k < times; k++) out.push(re);
  }
  return out;
}
