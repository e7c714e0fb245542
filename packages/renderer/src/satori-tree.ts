import { Fragment, Text, Comment, type VNode, type VNodeChild } from 'vue';

/** The element shape satori takes (what React.createElement would give it). */
export interface SatoriElement { type: string; props: Record<string, unknown> & { children?: SatoriChild | SatoriChild[] } }
export type SatoriChild = SatoriElement | string;

const noop = () => {};
const PX = /^-?\d+(\.\d+)?px$/;

// Satori parses every string length through css-to-react-native; handing it numbers saves ~15% of its time.
// The HTML's stylesheet sets `*{box-sizing:border-box}`; satori reads only inline styles, so it gets it here.
function numeric(style: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { boxSizing: 'border-box' };
  for (const k in style) {
    const v = style[k];
    // A bare number is a multiple of the font size for line-height, so that one keeps its unit.
    out[k] = k !== 'lineHeight' && typeof v === 'string' && PX.test(v) ? parseFloat(v) : v;
  }
  return out;
}

/**
 * Walks the Vue VNode tree the HTML is rendered from and gives satori the same elements, styles and
 * text: the PNG is drawn from the components themselves, not from a second description of the page.
 * Functional components are called as Vue would call them.
 */
export function toSatori(node: VNodeChild): SatoriChild[] {
  if (node === null || node === undefined || typeof node === 'boolean') return [];
  if (typeof node === 'string' || typeof node === 'number') return [String(node)];
  if (Array.isArray(node)) return node.flatMap(toSatori);
  const v = node as VNode;
  if (v.type === Comment) return [];
  if (v.type === Text) return [String(v.children)];
  if (v.type === Fragment) return toSatori(v.children as VNodeChild);
  if (typeof v.type === 'function') {
    const rendered = (v.type as (p: unknown, ctx: unknown) => VNodeChild)(v.props ?? {}, { attrs: {}, slots: {}, emit: noop });
    return toSatori(rendered);
  }
  if (typeof v.type !== 'string') throw new Error('only functional components and elements can be drawn');
  const { class: _class, style, ...attrs } = (v.props ?? {}) as Record<string, unknown>;
  const children = typeof v.children === 'string' ? [v.children] : toSatori(v.children as VNodeChild);
  const props: SatoriElement['props'] = { ...attrs };
  if (style) props.style = numeric(style as Record<string, unknown>);
  if (children.length) props.children = children.length === 1 ? children[0] : children;
  return [{ type: v.type, props }];
}
