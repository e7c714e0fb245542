import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalog, ROW_TITLES, usualLabels, validate } from '../index.ts';

test('a count of grid entries takes the first usual shortcuts, or order states for an order grid', () => {
  assert.deepEqual(usualLabels('grid-menu', 3, { page: 'home_page' }), catalog.vocab.menuLabels.grid.slice(0, 3));
  assert.deepEqual(usualLabels('grid-menu', 4, { page: 'profile_page', orders: true }), ['待付款', '待发货', '待收货', '待评价']);
});

test("a menu's count takes the entries of its page: settings, checkout, or a profile's", () => {
  assert.deepEqual(usualLabels('menu-list', 2, { page: 'settings_page' }), ['账号与安全', '消息通知']);
  assert.deepEqual(usualLabels('menu-list', 2, { page: 'checkout_page' }), ['支付方式', '微信支付']);
  assert.deepEqual(usualLabels('menu-list', 2, { page: 'profile_page' }), ['我的订单', '收货地址']);
});

test('list rows carry on the default rows (条目一, 条目二, ...) and stop at the pool', () => {
  assert.deepEqual(usualLabels('list', 4, { page: 'order_page' }), ['条目一', '条目二', '条目三', '条目四']);
  assert.equal(ROW_TITLES[10], '条目十一');
  assert.equal(usualLabels('list', 40, { page: 'order_page' })!.length, 20);
  const defaults = catalog.sections.list.defaults.items as Array<{ title: string }>;
  assert.deepEqual(defaults.map((d) => d.title), ROW_TITLES.slice(0, defaults.length));
});

test('sections whose entries only a description can name have no usual entries; bad counts give none', () => {
  assert.equal(usualLabels('tabs', 3, { page: 'home_page' }), undefined);
  assert.equal(usualLabels('steps', 3, { page: 'home_page' }), undefined);
  assert.equal(usualLabels('stats', 0, { page: 'profile_page' }), undefined);
  assert.equal(usualLabels('stats', 2.5, { page: 'profile_page' }), undefined);
});

test('filled entries make valid sections', () => {
  const items = usualLabels('stats', 3, { page: 'profile_page' })!.map((label) => ({ label, value: 0 }));
  const r = validate({ page: { name: 'profile_page', theme: 'minimal', sections: [{ type: 'stats', props: { items } }] } });
  assert.ok(r.valid, JSON.stringify(r.issues));
});
