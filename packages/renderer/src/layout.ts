import Yoga, { Align, Direction, Edge, FlexDirection, Gutter, Justify, MeasureMode, PositionType, Wrap, type Node as YogaNode } from 'yoga-layout';
import type { SatoriChild, SatoriElement } from './satori-tree.ts';
import { ellipsize, textWidth, wrapAll, type TextStyle } from './text.ts';

/**
 * Lays out the element tree the HTML is rendered from (satori-tree.ts gives it with numeric px
 * styles) with Yoga, the flexbox engine satori and React Native use, for the PNG painter. Only
 * the CSS the components are written in is read (ui.ts keeps them inside it): flexbox, px and %
 * sizes, padding, margins, borders, gaps, absolute positions, and text that either stays on one
 * line with an ellipsis or wraps between any two characters.
 */
export interface Side { width: number; color: string; dashed: boolean }
export interface TextRun { lines: string[]; style: TextStyle; color: string; align: string; strike: boolean }
export interface Box {
  el: SatoriElement;
  style: Record<string, unknown>;
  /** Border box, relative to the parent's border box. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** Padding, top, right, bottom, left. */
  pad: [number, number, number, number];
  /** Borders, top, right, bottom, left. */
  sides: [Side | null, Side | null, Side | null, Side | null];
  text?: TextRun;
  children: Box[];
}

interface Inherited { color: string; size: number; weight: number; lineHeight: number; align: string }

const config = Yoga.Config.create();
// CSS's defaults (row direction, flex-shrink 1), and no rounding: the browser lays out in fractions of a px.
config.setUseWebDefaults(true);
config.setPointScaleFactor(0);

const ALIGN: Record<string, Align> = {
  'flex-start': Align.FlexStart, start: Align.FlexStart, center: Align.Center, 'flex-end': Align.FlexEnd, end: Align.FlexEnd,
  stretch: Align.Stretch, baseline: Align.Baseline,
};
const JUSTIFY: Record<string, Justify> = {
  'flex-start': Justify.FlexStart, start: Justify.FlexStart, center: Justify.Center, 'flex-end': Justify.FlexEnd, end: Justify.FlexEnd,
  'space-between': Justify.SpaceBetween, 'space-around': Justify.SpaceAround, 'space-evenly': Justify.SpaceEvenly,
};
const EDGES = [['Top', Edge.Top], ['Right', Edge.Right], ['Bottom', Edge.Bottom], ['Left', Edge.Left]] as const;
const BORDER = /^(\d+(?:\.\d+)?)px (solid|dashed) (.+)$/;

type Length = number | 'auto' | `${number}%`;
const length = (v: unknown): Length | undefined => {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    if (/^-?\d+(\.\d+)?%$/.test(v)) return v as `${number}%`;
    if (/^-?\d+(\.\d+)?(px)?$/.test(v)) return parseFloat(v);
  }
  return undefined;
};
const px = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?(px)?$/.test(v) ? parseFloat(v) : undefined);

function side(v: unknown): Side | null {
  const m = typeof v === 'string' ? BORDER.exec(v.trim()) : null;
  return m && Number(m[1]) > 0 ? { width: Number(m[1]), dashed: m[2] === 'dashed', color: m[3] } : null;
}

function inherit(style: Record<string, unknown>, up: Inherited): Inherited {
  const size = px(style.fontSize) ?? up.size;
  return {
    color: typeof style.color === 'string' ? style.color : up.color,
    size,
    weight: typeof style.fontWeight === 'number' ? style.fontWeight : Number(style.fontWeight) || up.weight,
    // A px line height is inherited as it is; a bare number is a multiple of this element's font size.
    lineHeight: typeof style.lineHeight === 'string' ? (px(style.lineHeight) ?? up.lineHeight) : typeof style.lineHeight === 'number' ? style.lineHeight * size : up.lineHeight,
    align: typeof style.textAlign === 'string' ? style.textAlign : up.align,
  };
}

function applyStyle(node: YogaNode, s: Record<string, unknown>): void {
  // A block container stacks its children like a column.
  if (s.flexDirection === 'column' || s.display !== 'flex') node.setFlexDirection(FlexDirection.Column);
  else if (s.flexDirection === 'column-reverse') node.setFlexDirection(FlexDirection.ColumnReverse);
  else if (s.flexDirection === 'row-reverse') node.setFlexDirection(FlexDirection.RowReverse);
  if (s.flexWrap === 'wrap') node.setFlexWrap(Wrap.Wrap);
  if (typeof s.alignItems === 'string' && s.alignItems in ALIGN) node.setAlignItems(ALIGN[s.alignItems]);
  else node.setAlignItems(Align.Stretch);
  if (typeof s.alignSelf === 'string' && s.alignSelf in ALIGN) node.setAlignSelf(ALIGN[s.alignSelf]);
  if (typeof s.justifyContent === 'string' && s.justifyContent in JUSTIFY) node.setJustifyContent(JUSTIFY[s.justifyContent]);
  if (typeof s.flexGrow === 'number') node.setFlexGrow(s.flexGrow);
  if (typeof s.flexShrink === 'number') node.setFlexShrink(s.flexShrink);
  const basis = length(s.flexBasis);
  if (basis !== undefined) node.setFlexBasis(basis);
  const sizes: [string, (v: Length) => void][] = [
    ['width', (v) => node.setWidth(v)], ['height', (v) => node.setHeight(v)],
    ['minWidth', (v) => node.setMinWidth(v as number)], ['maxWidth', (v) => node.setMaxWidth(v as number)],
    ['minHeight', (v) => node.setMinHeight(v as number)], ['maxHeight', (v) => node.setMaxHeight(v as number)],
  ];
  for (const [key, set] of sizes) {
    const v = length(s[key]);
    if (v !== undefined) set(v);
  }
  const all = px(s.padding);
  const margin = px(s.margin);
  for (const [name, edge] of EDGES) {
    const p = px(s[`padding${name}`]) ?? all;
    if (p !== undefined) node.setPadding(edge, p);
    const m = px(s[`margin${name}`]) ?? margin;
    if (m !== undefined) node.setMargin(edge, m);
    const pos = px(s[name.toLowerCase()]);
    if (pos !== undefined) node.setPosition(edge, pos);
  }
  const gap = px(s.gap);
  if (gap !== undefined) node.setGap(Gutter.All, gap);
  if (s.position === 'absolute') node.setPositionType(PositionType.Absolute);
}

interface Built { node: YogaNode; finish: () => Box }

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

function build(el: SatoriElement, up: Inherited): Built {
  const style = (el.props.style ?? {}) as Record<string, unknown>;
  const node = Yoga.Node.create(config);
  applyStyle(node, style);
  const inh = inherit(style, up);
  const all = side(style.border);
  const sides = EDGES.map(([name]) => side(style[`border${name}`]) ?? all) as Box['sides'];
  EDGES.forEach(([, edge], i) => sides[i] && node.setBorder(edge, sides[i]!.width));

  const raw = el.props.children;
  const kids: SatoriChild[] = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  let text: string | null = null;
  const children: Built[] = [];
  if (el.type === 'svg') {
    // An icon or a picture: a leaf of the size its attributes give, drawn by paint-svg.ts.
    if (style.width === undefined) node.setWidth(Number(el.props.width) || 0);
    if (style.height === undefined) node.setHeight(Number(el.props.height) || 0);
  } else if (kids.length && kids.every((k) => typeof k === 'string')) {
    text = collapse(kids.join(''));
  } else {
    for (const k of kids) {
      // Text beside elements becomes an anonymous box of its own, as in the browser.
      const child = typeof k === 'string' ? build({ type: 'span', props: { children: k } }, inh) : build(k, inh);
      node.insertChild(child.node, node.getChildCount());
      children.push(child);
    }
  }

  const ts: TextStyle = { size: inh.size, weight: inh.weight, lineHeight: inh.lineHeight };
  const nowrap = style.whiteSpace === 'nowrap';
  if (text !== null) {
    const value = text;
    node.setMeasureFunc((width, widthMode) => {
      const natural = textWidth(value, ts);
      if (widthMode === MeasureMode.Undefined) return { width: natural, height: value ? ts.lineHeight : 0 };
      const lines = nowrap ? 1 : wrapAll(value, width, ts).length;
      const w = widthMode === MeasureMode.Exactly ? width : Math.min(width, natural);
      return { width: w, height: value ? lines * ts.lineHeight : 0 };
    });
  }

  const finish = (): Box => {
    const box: Box = {
      el, style, sides,
      left: node.getComputedLeft(), top: node.getComputedTop(), width: node.getComputedWidth(), height: node.getComputedHeight(),
      pad: [node.getComputedPadding(Edge.Top), node.getComputedPadding(Edge.Right), node.getComputedPadding(Edge.Bottom), node.getComputedPadding(Edge.Left)],
      children: children.map((c) => c.finish()),
    };
    if (text) {
      const inner = box.width - box.pad[1] - box.pad[3] - (sides[1]?.width ?? 0) - (sides[3]?.width ?? 0);
      const cut = style.textOverflow === 'ellipsis' && style.overflow === 'hidden';
      const lines = nowrap ? [cut ? ellipsize(text, inner, ts) : text] : wrapAll(text, inner, ts);
      box.text = { lines, style: ts, color: inh.color, align: inh.align, strike: style.textDecoration === 'line-through' };
    }
    return box;
  };
  return { node, finish };
}

const ROOT: Inherited = { color: '#000000', size: 16, weight: 400, lineHeight: 22, align: 'left' };

/** The laid-out box tree of `el` at `width` CSS px; its height is the content's. */
export function layout(el: SatoriElement, width: number): Box {
  const { node, finish } = build(el, ROOT);
  try {
    node.calculateLayout(width, undefined, Direction.LTR);
    return finish();
  } finally {
    node.freeRecursive();
  }
}
