import { h, type VNode } from 'vue';
import * as lucide from 'lucide';

type IconNode = [tag: string, attrs: Record<string, string | number>][];

/**
 * Each UI-DSL icon name and the Lucide drawing (ISC licence, shipped in the `lucide` npm package) that shows it.
 * Adding an icon to the schema means adding a row here; a test checks every schema icon has one.
 */
export const ICON_DRAWINGS: Record<string, string> = {
  search: 'Search', bell: 'Bell', cart: 'ShoppingCart', share: 'Share2', more: 'Ellipsis', back: 'ChevronLeft',
  settings: 'Settings', scan: 'ScanLine', message: 'MessageSquare', home: 'House', category: 'LayoutGrid',
  plus: 'CirclePlus', user: 'User', heart: 'Heart', star: 'Star', order: 'ClipboardList', wallet: 'Wallet',
  coupon: 'Ticket', address: 'MapPin', service: 'Headphones', help: 'CircleHelp', logout: 'LogOut', edit: 'Pencil',
  camera: 'Camera', location: 'LocateFixed', gift: 'Gift', vip: 'Crown', history: 'History', phone: 'Phone',
  lock: 'Lock', notice: 'Megaphone', filter: 'Funnel', menu: 'Menu', close: 'X', chat: 'MessagesSquare',
  like: 'ThumbsUp', comment: 'MessageCircle', download: 'Download', upload: 'Upload', calendar: 'Calendar',
  bookmark: 'Bookmark', fire: 'Flame', tag: 'Tag', truck: 'Truck', shop: 'Store', video: 'Video', image: 'Image',
  payment: 'CreditCard', refund: 'ReceiptText', qrcode: 'QrCode', info: 'Info', check: 'Check',
  // Drawings the components use that are not document icons.
  'chevron-right': 'ChevronRight', 'chevron-down': 'ChevronDown', 'circle-check': 'CircleCheck', play: 'Play',
  'badge-check': 'BadgeCheck',
};

const drawings = lucide as unknown as Record<string, IconNode | undefined>;

/** The drawing of an icon name, or null when it has none. */
export function iconNode(name: string): IconNode | null {
  const key = ICON_DRAWINGS[name];
  return (key && drawings[key]) || null;
}

/** An inline SVG icon; unknown names draw a dot, so a renderer never fails on a new icon name. */
export function icon(name: string, size: number, color: string, strokeWidth = 2, fill = 'none'): VNode {
  const node = iconNode(name) ?? [['circle', { cx: 12, cy: 12, r: 3 }]];
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg', width: size, height: size, viewBox: '0 0 24 24', fill, stroke: color,
      'stroke-width': strokeWidth, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', style: { flexShrink: 0 },
    },
    node.map(([tag, attrs]) => h(tag, attrs)),
  );
}
