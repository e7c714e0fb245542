import type { PageName, SectionType, ThemeName } from '@uidsl/dsl';
import type { Reading } from './lexicon.ts';
import type { Role } from './grammar.ts';
import type { Segment, Token } from './tokenize.ts';
import { ITEM_KINDS, iconNamed, splitItems } from './items.ts';
import { readProps } from './props.ts';

/** A section the description asks for, with the props its words set. */
export interface Mention {
  type: SectionType;
  props: Record<string, unknown>;
  /** False when no section word named it and it was inferred (标题叫X -> a top bar). */
  named: boolean;
  /** Offset in the prompt where it was said; mentions are emitted in this order. */
  at: number;
  /** The words that said it, for debugging. */
  said: string;
}

export interface Spotted<T> { value: T; word: string; at: number }

export interface Parse {
  page?: Spotted<PageName>;
  theme?: Spotted<ThemeName>;
  mentions: Mention[];
  layout: Record<string, unknown>;
}

/** The prop a bare value goes to when it follows a section word (公告写X -> notice-bar.text). */
const MAIN_TEXT: Partial<Record<SectionType, string>> = {
  topbar: 'title', banner: 'title', 'notice-bar': 'text', 'search-bar': 'placeholder', cta: 'text', text: 'title', seller: 'name', 'user-info': 'name',
};

/** Where a keyed value goes: the first pair whose section is in the clause, else the first pair. */
const KEY_TARGETS: Record<string, Array<[SectionType, string]>> = {
  title: [['topbar', 'title'], ['banner', 'title'], ['text', 'title']],
  subtitle: [['banner', 'subtitle']],
  sellerName: [['seller', 'name']],
  userName: [['user-info', 'name']],
  placeholder: [['search-bar', 'placeholder']],
  text: [['text', 'body'], ['notice-bar', 'text'], ['cta', 'text'], ['banner', 'subtitle']],
  logo: [['topbar', 'logo']],
};

/** Section types whose items a description lists (tabs, filters, fields...). */
const takesItems = (type: SectionType) => type in ITEM_KINDS;

const roleOf = (t: Token | undefined): Role | undefined => (t?.kind === 'word' ? t.reading?.role : undefined);
const readingOf = (t: Token | undefined): Reading => (t?.kind === 'word' && t.reading) || {};
const SPLITS = new Set<Role>(['conn', 'top', 'bottom', 'order']);
const LEAD = new Set<Role>(['filler', 'intro', 'verb', 'top', 'bottom', 'order', 'conn', 'with', 'pageword']);

const CJK = /[\u3400-\u9fff]/;
/** One-letter theme words (蓝, 粉) count only when no other letter follows that would make them a different word (粉丝, 蓝牙). */
function themeWordStands(norm: string, t: Token): boolean {
  if (t.text.length > 1) return true;
  const next = norm[t.end];
  return next === undefined || !CJK.test(next) || '色主风系调的配'.includes(next);
}

/** A value of a segment: "标题叫X", "按钮写X", a quoted string after a key. */
interface Value { type: SectionType; prop: string; text: string; at: number; fromKey: boolean }

export class Interpreter {
  private readonly mentions: Mention[] = [];
  private readonly layout: Record<string, unknown> = {};
  private readonly used = new Set<Token>();

  constructor(
    private readonly raw: string,
    private readonly norm: string,
    private readonly segments: Segment[],
  ) {}

  run(): Parse {
    const values = this.segments.map((s) => this.values(s));
    this.readLayout();
    const theme = this.spotTheme();
    const page = this.spotPage();
    let carry: { type: SectionType; mention: Mention } | undefined;
    this.segments.forEach((seg, i) => {
      carry = this.readSegment(seg, values[i], carry);
    });
    return { page, theme, mentions: this.mentions, layout: this.layout };
  }

  private live(seg: Segment): Token[] {
    return seg.tokens.filter((t) => !this.used.has(t));
  }

  private rawText(from: number, to: number): string {
    return this.raw.slice(from, to).trim();
  }

  /** Pass 1: values people name, so their words are not read as sections or page types. */
  private values(seg: Segment): Value[] {
    const out: Value[] = [];
    const toks = seg.tokens;
    for (let i = 0; i < toks.length - 1; i++) {
      const t = toks[i];
      if (this.used.has(t) || t.kind !== 'word') continue;
      const r = t.reading!;
      const key = r.key && KEY_TARGETS[r.key] ? r.key : undefined;
      const section = r.role === 'button' ? 'cta' : r.section && MAIN_TEXT[r.section] ? r.section : undefined;
      if (!key && !section) continue;
      let j = i + 1;
      const next = toks[j];
      const nextRole = roleOf(next);
      const introduces = nextRole === 'verb' || next.text === ':' || next.text === '=' || (key !== undefined && next.text === '显示');
      if (introduces) j++;
      else if (next.kind === 'quote') {
        // 标题“X”: the quote itself is the value.
      } else if (key === 'title' && (roleOf(toks[i - 1]) === 'top' || readingOf(toks[i - 1]).section === 'topbar') && !nextRole && next.kind !== 'num') {
        // 顶部标题X: no verb, but nothing else could follow a title word there.
      } else continue;
      const first = toks[j];
      if (!first) continue;
      let text: string;
      let last: number;
      if (first.kind === 'quote') {
        text = first.raw ?? '';
        last = j;
      } else {
        text = this.rawText(first.start, seg.end).replace(/(按钮|按键)$/, '');
        last = toks.length - 1;
      }
      if (!text) continue;
      const target = this.targetOf(key, section, toks.slice(0, i));
      for (let k = i; k <= last; k++) this.used.add(toks[k]);
      out.push({ ...target, text, at: t.start, fromKey: !!key });
      i = last;
    }
    return out;
  }

  private targetOf(key: string | undefined, section: SectionType | undefined, before: Token[]): { type: SectionType; prop: string } {
    if (!key) return { type: section!, prop: MAIN_TEXT[section!]! };
    const pairs = KEY_TARGETS[key];
    for (let k = before.length - 1; k >= 0; k--) {
      const s = readingOf(before[k]).section;
      const pair = s && pairs.find(([type]) => type === s);
      if (pair) return { type: pair[0], prop: pair[1] };
    }
    return { type: pairs[0][0], prop: pairs[0][1] };
  }

  /** Padding, gutter, grid and background colour, wherever they are said. */
  private readLayout(): void {
    for (const seg of this.segments) {
      const toks = this.live(seg);
      for (let i = 0; i < toks.length - 1; i++) {
        const key = readingOf(toks[i]).key;
        if (key !== 'padding' && key !== 'gutter' && key !== 'grid' && key !== 'bg') continue;
        let j = i + 1;
        while (toks[j] && (roleOf(toks[j]) === 'verb' || roleOf(toks[j]) === 'intro' || roleOf(toks[j]) === 'filler')) j++;
        const v = toks[j];
        if (key === 'bg' ? v?.kind !== 'color' : v?.kind !== 'num') continue;
        this.layout[key] = key === 'bg' ? (v.raw ?? v.text).toUpperCase() : v.value;
        for (let k = i; k <= j; k++) this.used.add(toks[k]);
      }
    }
  }

  private spotTheme(): Spotted<ThemeName> | undefined {
    let best: Token | undefined;
    for (const seg of this.segments) {
      for (const t of this.live(seg)) {
        if (!readingOf(t).theme || !themeWordStands(this.norm, t)) continue;
        if (!best || t.text.length > best.text.length) best = t;
      }
    }
    if (!best) return undefined;
    this.used.add(best);
    return { value: best.reading!.theme!, word: best.text, at: best.start };
  }

  /**
   * The page type: in the first clause that names one, the longest such word. A word followed by
   * 按钮 or 图标 is a label (退出登录按钮), not the page.
   */
  private spotPage(): Spotted<PageName> | undefined {
    for (const seg of this.segments) {
      const toks = this.live(seg);
      let best: Token | undefined;
      toks.forEach((t, i) => {
        if (!readingOf(t).page) return;
        const after = roleOf(toks[i + 1]);
        if (after === 'button' || after === 'iconword') return;
        if (!best || t.text.length > best.text.length) best = t;
      });
      if (best) {
        this.used.add(best);
        return { value: best.reading!.page!, word: best.text, at: best.start };
      }
    }
    return undefined;
  }

  /** The section a token names in its clause, or undefined. */
  private anchorOf(toks: Token[], i: number, iconContext: boolean): SectionType | undefined {
    const t = toks[i];
    if (t.kind !== 'word') return undefined;
    const r = t.reading!;
    if (r.role === 'button') return 'cta';
    const nextRole = roleOf(toks[i + 1]);
    if (r.section) {
      if (r.style && nextRole === 'style') return undefined;
      if (r.icon && (nextRole === 'iconword' || (iconContext && r.section !== 'topbar'))) return undefined;
      return r.section;
    }
    // Card words name a card list when they say "card" or sit right after a column count (两列视频).
    if (r.card && (t.text.includes('卡') || t.text.includes('列表') || toks[i - 1]?.measure === 'columns')) return 'card-list';
    return undefined;
  }

  private add(type: SectionType, props: Record<string, unknown>, named: boolean, at: number, said: string): Mention {
    const m: Mention = { type, props, named, at, said };
    this.mentions.push(m);
    return m;
  }

  /** Pass 2: one clause's sections, items and props. */
  private readSegment(seg: Segment, values: Value[], carry: { type: SectionType; mention: Mention } | undefined) {
    let toks = this.live(seg);
    if (!toks.length && !values.length) return carry;
    const roles = new Set(toks.map(roleOf));
    const hasTopbarWord = toks.some((t) => readingOf(t).section === 'topbar');
    const iconContext = hasTopbarWord || (roles.has('top') && (roles.has('with') || roles.has('iconword')));

    // A clause of bare items right after a list that ran to the end of its clause continues it ("标签:推荐 关注").
    if (carry && !values.length && this.continues(toks)) {
      const kind = ITEM_KINDS[carry.type]!;
      const items = kind.make(splitItems(this.rawText(seg.start, seg.end)));
      const prev = (carry.mention.props[kind.prop] as unknown[]) ?? [];
      carry.mention.props[kind.prop] = [...prev, ...items];
      return carry;
    }

    let anchors = toks.map((_, i) => this.anchorOf(toks, i, iconContext));
    const owned = new Map<number, Mention>();
    let nextCarry: { type: SectionType; mention: Mention } | undefined;

    // Items: after the section word ("筛选:综合、销量") or before it with a count ("推荐和关注两个标签").
    for (let a = 0; a < toks.length; a++) {
      const type = anchors[a];
      if (!type || !takesItems(type) || this.used.has(toks[a])) continue;
      const fwd = this.forwardItems(toks, a, type, anchors);
      const range = fwd ?? this.backwardItems(toks, a, type, anchors);
      if (!range) continue;
      const [from, to, consumed] = range;
      const kind = ITEM_KINDS[type]!;
      let text = this.rawText(toks[from].start, toks[to].end);
      if (type === 'topbar' || type === 'tabbar') text = text.replace(/(图标|按钮|icon)$/i, '');
      const items = kind.make(splitItems(text));
      if (!items.length) continue;
      const m = this.add(type, { [kind.prop]: items }, true, toks[a].start, toks[a].text);
      owned.set(a, m);
      for (const k of consumed) this.used.add(toks[k]);
      if (fwd && to === toks.length - 1) nextCarry = { type, mention: m };
    }
    const keep = toks.map((t, i) => owned.has(i) || !this.used.has(t));
    const kept = toks.filter((_, i) => keep[i]);
    const keptOwned = new Map<Token, Mention>();
    owned.forEach((m, i) => keptOwned.set(toks[i], m));
    anchors = anchors.filter((_, i) => keep[i]);
    toks = kept;

    // Chunks: runs between joiners and position words; in each, the last section word is the head
    // (Chinese compounds end in their head noun: 热门标签筛选 is a filter bar).
    interface Chunk { from: number; to: number; lead?: Role; head?: number }
    const chunks: Chunk[] = [];
    let start = 0;
    let lead: Role | undefined;
    for (let i = 0; i <= toks.length; i++) {
      const r = roleOf(toks[i]);
      if (i === toks.length || (r && SPLITS.has(r))) {
        if (i > start) chunks.push({ from: start, to: i - 1, lead });
        if (i < toks.length) lead = r === 'conn' ? lead : r;
        start = i + 1;
      }
    }
    for (const c of chunks) for (let i = c.from; i <= c.to; i++) if (anchors[i]) c.head = i;

    const top = roles.has('top');
    const bottom = roles.has('bottom');
    const segMentions: Mention[] = [];
    let last: Mention | undefined;
    chunks.forEach((c, ci) => {
      if (c.head === undefined) return;
      const head = toks[c.head];
      const type = anchors[c.head]!;
      if (type === 'cta') {
        last = this.button(toks, chunks, ci, values, top);
        if (last) segMentions.push(last);
        return;
      }
      const body = toks.slice(c.from, c.to + 1);
      const props = readProps(type, body);
      const existing = keptOwned.get(head);
      if (existing) {
        Object.assign(existing.props, props);
        last = existing;
      } else {
        last = this.add(type, props, true, head.start, head.text);
      }
      segMentions.push(last);
    });

    // Chunks with no section word: their numbers and words qualify the clause's section (轮播图 5张).
    const anchorless = chunks.filter((c) => c.head === undefined);
    if (segMentions.length) {
      for (const c of anchorless) {
        const owner = [...segMentions].reverse().find((m) => m.at <= toks[c.from].start) ?? segMentions[0];
        Object.assign(owner.props, readProps(owner.type, toks.slice(c.from, c.to + 1)), owner.props);
      }
    } else if (toks.length) {
      this.inferred(toks, chunks, top, bottom, iconContext, segMentions);
    }

    // Values go to the section of their clause, or make the section they imply (标题叫X -> top bar).
    for (const v of values) {
      const m = [...segMentions].reverse().find((x) => x.type === v.type);
      if (m) {
        if (!(v.type === 'cta' && m.props.text !== undefined && !v.fromKey)) this.setValue(m, v);
      } else {
        const made = this.add(v.type, {}, false, v.at, v.text);
        this.setValue(made, v);
        segMentions.push(made);
      }
    }
    return nextCarry;
  }

  private setValue(m: Mention, v: Value): void {
    if (m.type === 'cta' && v.prop === 'text') {
      const labels = splitItems(v.text);
      if (labels.length === 2) {
        m.props.secondary = labels[0];
        m.props.text = labels[1];
        return;
      }
    }
    m.props[v.prop] = v.text;
  }

  /** Whether a clause holds only bare items (no section word, number, position or value). */
  private continues(toks: Token[]): boolean {
    if (!toks.length || toks.length > 3) return false;
    return toks.every((t) => {
      if (t.kind === 'other' || t.kind === 'quote') return true;
      if (t.kind !== 'word') return false;
      const r = t.reading!;
      if (r.role && r.role !== 'conn' && r.role !== 'filler') return false;
      if (r.page || r.theme) return false;
      // A word that can only be a section (轮播图) starts a new section; one that is also a label (价格) continues.
      return !r.section || !!(r.icon || r.field || r.card);
    });
  }

  private forwardItems(toks: Token[], a: number, type: SectionType, anchors: (SectionType | undefined)[]): [number, number, number[]] | undefined {
    let j = a + 1;
    while (roleOf(toks[j]) === 'filler') j++;
    const r = roleOf(toks[j]);
    const introduced = r === 'intro' || (type === 'topbar' && r === 'with') || (r === 'with' && type === 'tabbar');
    if (introduced) j++;
    else if (type === 'topbar') return undefined;
    const first = toks[j];
    if (!first) return undefined;
    if (!introduced) {
      const ok = first.kind === 'other' || first.kind === 'quote' || (first.kind === 'word' && !anchors[j] && !first.reading!.role && !first.reading!.key && !first.reading!.style);
      if (!ok) return undefined;
    }
    let k = j;
    const consumed = [a];
    for (let i = a + 1; i < j; i++) consumed.push(i);
    let end = j - 1;
    for (; k < toks.length; k++) {
      const t = toks[k];
      const role = roleOf(t);
      if (role === 'top' || role === 'bottom' || role === 'order' || role === 'button') break;
      if (t.kind === 'num' && t.measure === 'items') {
        consumed.push(k);
        // "...三个字段": the count may be followed by the section's own word again.
        if (anchors[k + 1] === type) consumed.push(k + 1);
        break;
      }
      if (type === 'topbar' && role === 'iconword') {
        end = k;
        consumed.push(k);
        continue;
      }
      end = k;
      consumed.push(k);
    }
    if (end < j) return undefined;
    return [j, end, consumed];
  }

  private backwardItems(toks: Token[], a: number, type: SectionType, anchors: (SectionType | undefined)[]): [number, number, number[]] | undefined {
    if (type === 'topbar') return undefined;
    let k = a - 1;
    const consumed = [a];
    while (roleOf(toks[k]) === 'filler') consumed.push(k--);
    const counted = toks[k]?.kind === 'num' && toks[k].measure === 'items';
    if (counted) consumed.push(k--);
    const end = k;
    let sawConn = false;
    let fields = 0;
    for (; k >= 0; k--) {
      const t = toks[k];
      const role = roleOf(t);
      if (role === 'conn') {
        sawConn = true;
        continue;
      }
      if (role && role !== 'filler') break;
      if (t.kind === 'num') break;
      if (!counted && anchors[k] && !(type === 'form' && readingOf(t).field)) break;
      if (readingOf(t).field) fields++;
    }
    const from = k + 1;
    if (from > end) return undefined;
    if (roleOf(toks[from]) === 'conn') return undefined;
    const ok = counted || sawConn || (type === 'form' && fields > 0);
    if (!ok) return undefined;
    for (let i = from; i <= end; i++) consumed.push(i);
    return [from, end, consumed];
  }

  /** A button: its label is the text before 按钮 (立即购买按钮), two labels make a second button. */
  private button(toks: Token[], chunks: Array<{ from: number; to: number; lead?: Role; head?: number }>, ci: number, values: Value[], top: boolean): Mention | undefined {
    const c = chunks[ci];
    const label = (from: number, to: number) => {
      let f = from;
      let t = to;
      while (f <= t && (LEAD.has(roleOf(toks[f])!) || toks[f].kind === 'num')) f++;
      while (t >= f && (roleOf(toks[t]) === 'filler' || toks[t].kind === 'num')) t--;
      if (f > t) return '';
      const only = toks.slice(f, t + 1);
      if (only.length === 1 && only[0].kind === 'quote') return only[0].raw ?? '';
      return this.rawText(toks[f].start, toks[t].end).replace(/^["'“「『‘《]|["'”」』’》]$/g, '');
    };
    const labels: string[] = [];
    const own = label(c.from, c.head! - 1);
    if (own) labels.push(own);
    // "加入购物车和立即购买两个按钮": earlier chunks joined by 和 with no section of their own.
    for (let k = ci - 1; k >= 0 && labels.length < 2; k--) {
      const prev = chunks[k];
      if (prev.head !== undefined || chunks[k + 1].lead !== prev.lead) break;
      const text = label(prev.from, prev.to);
      if (!text) break;
      labels.unshift(text);
    }
    const at = toks[c.head!].start;
    if (top && labels.length && labels.every((l) => lexIcon(l))) {
      return this.add('topbar', { actions: labels.map(lexIcon) }, true, at, labels.join('/'));
    }
    const hasValue = values.some((v) => v.type === 'cta');
    const props: Record<string, unknown> = {};
    if (!hasValue && labels.length === 2) {
      props.secondary = labels[0];
      props.text = labels[1];
    } else if (!hasValue && labels.length === 1) props.text = labels[0];
    return this.add('cta', props, true, at, toks[c.head!].text);
  }

  /** A clause that names no section: a top bar from icons at the top, a button from words at the bottom. */
  private inferred(toks: Token[], chunks: Array<{ from: number; to: number; lead?: Role }>, top: boolean, bottom: boolean, iconContext: boolean, out: Mention[]) {
    const icons = toks.filter((t) => readingOf(t).icon && !readingOf(t).role).map((t) => readingOf(t).icon!);
    const at = toks[0].start;
    if (top && icons.length) {
      out.push(this.add('topbar', { actions: [...new Set(icons)] }, true, at, '顶部'));
      return;
    }
    if (bottom) {
      const words = chunks.filter((c) => c.lead === 'bottom' || chunks.length === 1);
      const labels = words.map((c) => {
        let f = c.from;
        while (f <= c.to && (LEAD.has(roleOf(toks[f])!) || toks[f].kind === 'num')) f++;
        return f <= c.to ? this.rawText(toks[f].start, toks[c.to].end) : '';
      }).filter(Boolean);
      const allIcons = labels.length >= 2 && labels.every((l) => iconNamed(l));
      const content = toks.filter((t) => t.kind === 'other' || (t.kind === 'word' && !readingOf(t).role));
      if (allIcons) out.push(this.add('tabbar', { items: labels.map(iconNamed) }, true, at, '底部'));
      else if (labels.length && content.length) {
        const text = labels.join('');
        out.push(this.add('cta', { text }, true, at, '底部'));
      }
    }
    void iconContext;
  }
}

/** The icon a label names as a whole word (返回 -> back), not a label that merely contains one. */
function lexIconWord(label: string): string | undefined {
  return iconNamed(label) && label.length <= 3 ? iconNamed(label) : undefined;
}
const lexIcon = lexIconWord;
