import { parseTree, findNodeAtLocation, printParseErrorCode, parse, type ParseError, type JSONPath } from 'jsonc-parser';

export interface Problem {
  from: number;
  to: number;
  message: string;
}

/** `page.sections[2].props.title` -> ['page', 'sections', 2, 'props', 'title'] */
export function toSegments(path: string): JSONPath {
  const out: JSONPath = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** Syntax errors of the text, as ranges; strict JSON (no comments, no trailing commas). */
export function syntaxProblems(text: string): Problem[] {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors.slice(0, 10).map((e) => ({ from: e.offset, to: e.offset + Math.max(1, e.length), message: `JSON 语法错误：${printParseErrorCode(e.error)}` }));
}

/**
 * Places a schema issue in the text: at the value its path names, or, for a missing or unknown
 * property, at the nearest enclosing value that exists.
 */
export function locate(text: string, path: string): { from: number; to: number } {
  const root = parseTree(text);
  if (!root) return { from: 0, to: Math.min(1, text.length) };
  const segs = toSegments(path);
  for (let n = segs.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, segs.slice(0, n));
    if (node) {
      // A property name reads better underlined than a whole nested object.
      const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
      const target = node.type === 'object' || node.type === 'array' ? (key ?? node) : node;
      return { from: target.offset, to: target.offset + (target.type === 'object' || target.type === 'array' ? 1 : target.length) };
    }
  }
  return { from: 0, to: 1 };
}
