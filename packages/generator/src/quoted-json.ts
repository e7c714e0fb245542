/** A string that JSON escapes (quote, backslash, control characters) and so must be escaped twice. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f]/;

function quoted(v: unknown): string {
  if (typeof v === 'string') return NEEDS_ESCAPE.test(v) ? JSON.stringify(JSON.stringify(v)).slice(1, -1) : `\\"${v}\\"`;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null) return 'null';
  if (Array.isArray(v)) {
    let s = '[';
    for (let i = 0; i < v.length; i++) s += (i ? ',' : '') + (v[i] === undefined ? 'null' : quoted(v[i]));
    return s + ']';
  }
  let s = '{';
  for (const key in v as Record<string, unknown>) {
    const x = (v as Record<string, unknown>)[key];
    if (x !== undefined) s += `${s.length > 1 ? ',' : ''}\\"${key}\\":${quoted(x)}`;
  }
  return s + '}';
}

/**
 * `JSON.stringify(JSON.stringify(value))` for plain data (objects, arrays, strings, numbers,
 * booleans, null), in one pass: the minified document as the JSON string a record holds. Strings
 * without anything to escape (all but a few) go in as they are instead of being escaped twice over.
 * Object keys must need no escaping (schema property names); a test checks both forms agree.
 */
export const quotedJson = (value: unknown): string => `"${quoted(value)}"`;
