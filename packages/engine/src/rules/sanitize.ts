import { deref, propsSchema } from '@uidsl/dsl';
import type { SectionType } from '@uidsl/dsl';

/**
 * Fits a value to a JSON Schema node of the UI-DSL schema: strings cut to their maximum length,
 * numbers clamped into range, arrays cut and de-duplicated, unknown keys dropped, and objects
 * rebuilt in the schema's key order (the canonical order documents are emitted in). Returns
 * undefined for a value that cannot be made to fit, so the caller leaves the prop out.
 */
export function fit(node: Record<string, any>, value: unknown): unknown {
  const s = deref(node);
  if (Array.isArray(s.anyOf)) {
    for (const option of s.anyOf) {
      const fitted = fit(option, value);
      if (fitted !== undefined) return fitted;
    }
    return undefined;
  }
  if (Array.isArray(s.enum)) {
    if (s.enum.includes(value)) return value;
    // A number outside an integer enum (columns: 1, 2, 3) snaps to the nearest allowed one.
    if (typeof value === 'number' && Number.isFinite(value) && s.enum.every((e: unknown) => typeof e === 'number')) {
      return s.enum.reduce((a: number, b: number) => (Math.abs(b - value) < Math.abs(a - value) ? b : a));
    }
    return undefined;
  }
  switch (s.type) {
    case 'string': {
      if (typeof value !== 'string') return undefined;
      // Lengths are in code points, as ajv counts them.
      const chars = Array.from(value.trim());
      const cut = chars.slice(0, s.maxLength ?? chars.length).join('');
      return Array.from(cut).length >= (s.minLength ?? 0) ? cut : undefined;
    }
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
      let n = s.type === 'integer' ? Math.round(value) : Math.round(value * 100) / 100;
      if (typeof s.minimum === 'number') n = Math.max(s.minimum, n);
      if (typeof s.maximum === 'number') n = Math.min(s.maximum, n);
      return n;
    }
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'array': {
      if (!Array.isArray(value)) return undefined;
      const out: unknown[] = [];
      const seen = new Set<string>();
      for (const item of value) {
        const fitted = fit(s.items ?? {}, item);
        if (fitted === undefined) continue;
        // Lists of labels must not repeat (tabs, filters, tab bar icons, form labels).
        const key = JSON.stringify(typeof fitted === 'object' && fitted && 'label' in fitted ? (fitted as { label: unknown }).label : fitted);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(fitted);
        if (out.length >= (s.maxItems ?? Infinity)) break;
      }
      return out.length >= (s.minItems ?? 0) ? out : undefined;
    }
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
      const src = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries<Record<string, any>>(s.properties ?? {})) {
        if (!Object.prototype.hasOwnProperty.call(src, key)) continue;
        const fitted = fit(child, src[key]);
        if (fitted !== undefined) out[key] = fitted;
      }
      for (const key of s.required ?? []) if (!(key in out)) return undefined;
      return out;
    }
    default:
      return undefined;
  }
}

const cache = new Map<string, Record<string, any>>();

/** A section's props fitted to its schema, in schema order; `{}` when nothing fits. */
export function fitProps(type: SectionType, props: Record<string, unknown>): Record<string, unknown> {
  let schema = cache.get(type);
  if (!schema) cache.set(type, (schema = propsSchema(type)));
  return (fit(schema, props) as Record<string, unknown> | undefined) ?? {};
}
