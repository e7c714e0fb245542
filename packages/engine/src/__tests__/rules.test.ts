import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalog, minify, propsSchema, validate, type Section, type UiDslDocument } from '@uidsl/dsl';
import { parsePrompt, rulesGenerate } from '../rules/index.ts';
import { build } from '../rules/build.ts';
import { normalise } from '../rules/normalize.ts';
import { splitItems } from '../rules/items.ts';

const types = (doc: UiDslDocument) => doc.page.sections.map((s) => s.type);
const props = (doc: UiDslDocument, type: Section['type']) => doc.page.sections.find((s) => s.type === type)?.props as Record<string, unknown> | undefined;

/** Generates, checks the document is valid, and returns it. */
function gen(prompt: string, opts?: Parameters<typeof rulesGenerate>[1]): UiDslDocument {
  const doc = rulesGenerate(prompt, opts);
  const result = validate(doc);
  assert.ok(result.valid, `${prompt}: ${JSON.stringify(result.issues)}`);
  return doc;
}

test('page type, theme and named sections in the order said', () => {
  const doc = gen('帮我做一个紫色主题的商城首页，顶部搜索框，下面三列商品卡片，底部导航');
  assert.equal(doc.page.name, 'home_page');
  assert.equal(doc.page.theme, 'tech-purple');
  assert.deepEqual(types(doc), ['search-bar', 'card-list', 'tabbar']);
  assert.deepEqual(props(doc, 'card-list'), { columns: 3, card: { type: 'product-card' } });
  assert.deepEqual(doc.page.layout, { grid: 12, gutter: 16, padding: 16 });
});

test('the longest lexicon word wins: 我的订单 is the order page, not 我的', () => {
  assert.equal(gen('我的订单页面，蓝色').page.name, 'order_page');
  assert.equal(gen('个人主页，粉色').page.name, 'profile_page');
  // A page word that labels a button is not the page type.
  assert.equal(gen('设置页，退出登录按钮').page.name, 'settings_page');
});

test('a description naming no sections gets the page type usual layout', () => {
  const doc = gen('森林绿的设置页面');
  assert.equal(doc.page.theme, 'forest-green');
  assert.deepEqual(types(doc), catalog.pages.settings_page.layout.map((s) => s.type));
  assert.deepEqual(props(doc, 'cta'), { text: '退出登录' });
});

test('nothing said: home page, default theme, usual layout', () => {
  const doc = gen('');
  assert.equal(doc.page.name, 'home_page');
  assert.equal(doc.page.theme, 'minimal');
  assert.deepEqual(types(doc), catalog.pages.home_page.layout.map((s) => s.type));
});

test('explicit options override what the text says', () => {
  const doc = gen('黑金风格的购物车', { theme: 'ocean-blue', pageType: 'login_page' });
  assert.equal(doc.page.theme, 'ocean-blue');
  assert.equal(doc.page.name, 'login_page');
});

test('named and quoted values are copied verbatim', () => {
  assert.equal(props(gen('个人中心，标题栏标题叫“小鹿的窝”，菜单列表'), 'topbar')?.title, '小鹿的窝');
  assert.equal(props(gen('首页，顶部标题是「Lucy 的店」，两列商品'), 'topbar')?.title, 'Lucy 的店');
  assert.equal(props(gen('首页，横幅标题写年终大促，副标题“满300减50”'), 'banner')?.title, '年终大促');
  assert.equal(props(gen('首页，横幅标题写年终大促，副标题“满300减50”'), 'banner')?.subtitle, '满300减50');
  assert.equal(props(gen('搜索页，搜索框提示“找找宝贝”，双列商品'), 'search-bar')?.placeholder, '找找宝贝');
  assert.equal(props(gen('首页，公告栏：周末全场包邮'), 'notice-bar')?.text, '周末全场包邮');
});

test('buttons: one label replaces the usual pair, two labels set both', () => {
  assert.deepEqual(props(gen('商品详情页，轮播图，底部“马上抢”按钮'), 'cta'), { text: '马上抢' });
  assert.deepEqual(props(gen('商品详情页，轮播图，底部收藏和马上抢两个按钮'), 'cta'), { text: '马上抢', secondary: '收藏' });
  assert.deepEqual(props(gen('购物车页，商品列表，底部去下单按钮'), 'cta'), { text: '去下单' });
});

test('a button on a page whose usual layout has none is the form submit', () => {
  const doc = gen('登录页，用户名和密码两个输入框，按钮写“进入”');
  assert.deepEqual(types(doc), ['form']);
  assert.deepEqual(props(doc, 'form'), {
    fields: [
      { label: '用户名', type: 'text' },
      { label: '密码', type: 'password' },
    ],
    submit: '进入',
  });
});

test('form fields take their types from the lexicon, with or without separators', () => {
  const fields = props(gen('发布页，表单包含封面、名称、库存、简介四个字段'), 'form')?.fields;
  assert.deepEqual(fields, [
    { label: '封面', type: 'image' },
    { label: '名称', type: 'text' },
    { label: '库存', type: 'number' },
    { label: '简介', type: 'textarea' },
  ]);
  assert.deepEqual(props(gen('登录页，手机号密码输入框'), 'form')?.fields, [
    { label: '手机号', type: 'phone' },
    { label: '密码', type: 'password' },
  ]);
});

test('lists of labels in the separators people use', () => {
  assert.deepEqual(props(gen('订单页，标签有全部、待发货、已完成'), 'tabs')?.items, ['全部', '待发货', '已完成']);
  assert.deepEqual(props(gen('搜索页，筛选：综合/新品/距离，两列商品'), 'filters')?.items, ['综合', '新品', '距离']);
  assert.deepEqual(props(gen('消息页，顶部有未读和互动两个标签'), 'tabs')?.items, ['未读', '互动']);
  assert.deepEqual(props(gen('结算页，步骤条：下单→付款→收货'), 'steps')?.items, ['下单', '付款', '收货']);
  assert.deepEqual(props(gen('个人中心，底部导航有首页、消息和我的'), 'tabbar')?.items, ['home', 'message', 'user']);
});

test('counts in digits and Chinese numerals, prices, ratings', () => {
  assert.equal(props(gen('首页，轮播图六张'), 'carousel')?.count, 6);
  assert.equal(props(gen('首页，双列商品'), 'card-list')?.columns, 2);
  assert.deepEqual(props(gen('个人主页，单列文章卡片'), 'card-list'), { columns: 1, card: { type: 'article-card' } });
  assert.deepEqual(props(gen('详情页，价格88元，原价128'), 'price'), { value: 88, original: 128, currency: '¥' });
  assert.equal(props(gen('详情页，卖家信息，评分4.9'), 'seller')?.rating, 4.9);
  assert.equal(props(gen('首页，宫格菜单，每行5个'), 'grid-menu')?.columns, 5);
});

test('top bar actions from icon words, search at the top as a search bar', () => {
  assert.deepEqual(props(gen('文章页，顶部返回和分享按钮，正文'), 'topbar')?.actions, ['back', 'share']);
  assert.deepEqual(props(gen('首页，标题栏带购物车图标，两列商品'), 'topbar')?.actions, ['cart']);
  assert.deepEqual(types(gen('首页，顶部搜索，两列商品')), ['search-bar', 'card-list']);
});

test('list style, layout and flags', () => {
  assert.equal(props(gen('消息页，会话列表用聊天样式'), 'list')?.style, 'chat');
  assert.equal(props(gen('首页，轮播图，不自动播放'), 'carousel')?.autoplay, false);
  assert.deepEqual(gen('首页，内边距24，间距8，背景色#112233').page.layout, { grid: 12, gutter: 8, padding: 24, bg: '#112233' });
});

test('keys come out in canonical order: page, layout and props in schema order', () => {
  const doc = gen('详情页，价格88元，原价128，卖家信息已认证评分4.9，底部收藏和购买两个按钮，内边距8，背景#FFFFFF');
  assert.deepEqual(Object.keys(doc.page), ['name', 'theme', 'layout', 'sections']);
  assert.deepEqual(Object.keys(doc.page.layout!), ['grid', 'gutter', 'padding', 'bg']);
  for (const s of doc.page.sections) {
    assert.deepEqual(Object.keys(s), ['type', 'props']);
    const order = Object.keys(propsSchema(s.type).properties);
    const keys = Object.keys(s.props);
    assert.deepEqual(keys, order.filter((k) => keys.includes(k)), s.type);
  }
});

test('values past the schema bounds are clamped or cut, never invalid', () => {
  assert.equal(props(gen('首页，轮播图999张'), 'carousel')?.count, 10);
  assert.equal(props(gen('首页，十二列商品卡片'), 'card-list')?.columns, 3);
  const title = props(gen(`首页，标题叫${'很长的名字'.repeat(20)}`), 'topbar')?.title as string;
  assert.equal(Array.from(title).length, 30);
});

test('parsePrompt reports what it recognised and where', () => {
  const parse = parsePrompt('粉色的发布页，表单有标题和价格');
  assert.deepEqual(parse.page, { value: 'publish_page', word: '发布页', at: 3 });
  assert.deepEqual(parse.theme, { value: 'sakura-pink', word: '粉色', at: 0 });
  assert.equal(parse.mentions[0].type, 'form');
  assert.equal(parse.mentions[0].said, '表单');
});

test('the same prompt always gives the same bytes', () => {
  const prompt = '银白风格的商品详情，轮播图5张，价格199，底部立即购买按钮';
  assert.equal(minify(rulesGenerate(prompt)), minify(rulesGenerate(prompt)));
});

test('a list left open before a section that takes no items does not trip the parser', () => {
  // The parser itself, without the fallback rulesGenerate would hide a throw behind.
  const doc = build(parsePrompt('购物车页，标题栏（“小店”），有返回图标、现价99，原价199、商品列表、底部按钮'));
  assert.ok(validate(doc).valid);
  assert.deepEqual(props(doc, 'topbar'), { title: '小店', actions: ['back'] });
  assert.deepEqual(props(doc, 'price'), { value: 99, original: 199, currency: '¥' });
});

test('a currency named or signed becomes its symbol; none said keeps the yuan', () => {
  assert.equal(props(gen('商品详情页，价格168美元，立即购买按钮'), 'price')?.currency, '$');
  assert.equal(props(gen('购物车 总价（港币） 去结算按钮'), 'price')?.currency, 'HK$');
  assert.deepEqual(props(gen('详情页 售价HK$20 卖家信息'), 'price'), { value: 20, currency: 'HK$' });
  assert.equal(props(gen('详情页，价格区，用欧元'), 'price')?.currency, '€');
  assert.equal(props(gen('详情页，价格99元'), 'price')?.currency, '¥');
});

test('a "页面名称：" field label names the page type, not the top bar title', () => {
  const doc = gen('页面名称：商品详情页面 / 色调：橘色 / 模块：顶部返回，价格，按钮');
  assert.equal(doc.page.name, 'detail_page');
  assert.equal(props(doc, 'topbar')?.title, '商品详情', "the page type's usual title, not the label's value");
  assert.equal(gen('页面类型:设置页，内边距8').page.name, 'settings_page');
});

test("a top bar's icons after its title, and two icon words joined by 与, are its actions", () => {
  assert.deepEqual(props(gen('新闻详情，包含顶栏，页面标题叫"专栏"带铃铛，然后是文章内容'), 'topbar'), { title: '专栏', actions: ['bell'] });
  assert.deepEqual(props(gen('首页，标题栏（“精选好物”），带返回与通知、轮播banner'), 'topbar'), { title: '精选好物', actions: ['back', 'bell'] });
  const menu = props(gen('我的页面，菜单列表有帮助与反馈、设置'), 'menu-list')?.items as { label: string }[];
  assert.deepEqual(menu.map((i) => i.label), ['帮助与反馈', '设置'], 'a short compound of other words stays one label');
});

test('labels keep a number glued to them, and adjectives before a section are not labels', () => {
  assert.deepEqual(props(gen('详情页，24小时发货、官方验货服务保障'), 'proof')?.items, ['24小时发货', '官方验货']);
  assert.deepEqual(props(gen('详情页，七天无理由/运费险等服务承诺'), 'proof')?.items, ['七天无理由', '运费险']);
  const items = props(gen('详情页，下方好看的服务保障，底部按钮'), 'proof')?.items as string[] | undefined;
  assert.ok(!items?.some((i) => i.includes('好看')), JSON.stringify(items));
});

test('a list style said before the bracketed items is kept', () => {
  assert.deepEqual(props(gen('购物车，列表简单样式（机械键盘/系统通知）'), 'list'), { items: [{ title: '机械键盘' }, { title: '系统通知' }], style: 'plain' });
  assert.equal(props(gen('订单页，订单信息列表对话样式（保温杯、张三）'), 'list')?.style, 'chat');
});

test('a label set off by a space after a bare 按钮 is its text', () => {
  assert.deepEqual(props(gen('商品页，商家信息，按钮 收藏，内边距8'), 'cta'), { text: '收藏' });
  assert.equal(props(gen('购物袋，列表，另外页面底部按钮 立即结算'), 'cta')?.text, '立即结算');
  assert.deepEqual(types(gen('详情页 按钮 2个标签栏')), ['cta', 'tabs'], 'a section after 按钮 is not its label');
});

test('内容： labelling a list of sections is not a text section; 正文内容：X still sets the body', () => {
  assert.deepEqual(types(gen('页面名称:发布商品。主题:赛博朋克。内容:顶部标题栏，输入框')), ['topbar', 'form']);
  assert.deepEqual(types(gen('设置页 / 主题：海蓝 / 内容：页面顶部放一个功能列表')), ['menu-list']);
  assert.equal(props(gen('文章页，正文内容:本文介绍新品'), 'text')?.body, '本文介绍新品');
});

test('有 before nothing but icon words and 按钮 goes on about the top bar before it', () => {
  assert.deepEqual(props(gen('我的订单:header，有搜索、返回、收藏按钮；中间tab切换'), 'topbar')?.actions, ['search', 'back', 'heart']);
  assert.deepEqual(types(gen('详情页，顶部导航显示详情，有搜索、购物车图标、中间放通知栏')), ['topbar', 'notice-bar']);
  assert.deepEqual(types(gen('首页，顶部标题栏，有搜索框，下面轮播')), ['topbar', 'search-bar', 'carousel'], 'a search box is still a section');
});

test('带头像 on a user card is a part of it, not a figure; 余额数 counts 余额', () => {
  assert.equal(props(gen('我的页面，用户信息，带头像，数据栏，功能列表'), 'user-info')?.stats, undefined);
  assert.deepEqual(props(gen('我的页面，头像昵称，带关注、粉丝和余额数，菜单'), 'user-info')?.stats, ['关注', '粉丝', '余额']);
});

test('a short Latin word named as a value runs on into the Chinese after a space ("Hi 欢迎")', () => {
  assert.equal(props(gen('登录页面 橙色 顶部大图标题是Hi 欢迎，副标题叫登录享更多权益 密码框'), 'banner')?.title, 'Hi 欢迎');
  assert.deepEqual(types(gen('首页 标题叫Tom 轮播')), ['topbar', 'carousel'], 'a section word after the space still starts a clause');
});

test('填写 glued into a step label is a verb there, not the form', () => {
  assert.deepEqual(props(gen('注册页，补充信息→填写地址→完成三步'), 'steps'), { items: ['补充信息', '填写地址', '完成'] });
  assert.deepEqual(types(gen('注册页，步骤条（填写资料、上传头像以及完成）')), ['steps']);
  // Alone before its fields it still names the form.
  assert.deepEqual(types(gen('登录页，填写账号、密码')), ['form']);
});

test('recommendation phrases name a card list, after 是 and on pages of rows too', () => {
  assert.deepEqual(types(gen('购物车页，商品列表，再往下是猜你喜欢')), ['list', 'card-list']);
  assert.deepEqual(types(gen('订单页，订单列表，推荐列表')), ['list', 'card-list']);
});

test('a card phrase after a list of items starts a card list; 公告 near a bar is the notice bar', () => {
  assert.deepEqual(types(gen('首页，金刚区：签到、外卖，视频卡片')), ['grid-menu', 'card-list']);
  const doc = gen('首页，顶部栏带搜索，公告，轮播');
  assert.deepEqual(types(doc), ['topbar', 'notice-bar', 'carousel']);
  assert.deepEqual(props(gen('首页，顶部栏带搜索和公告图标'), 'topbar')?.actions, ['search', 'notice']);
});

test('a hint may open with 请, and a Latin section word may be glued to a Latin key', () => {
  assert.equal(props(gen('搜索页，搜索栏提示请输入店铺名'), 'search-bar')?.placeholder, '请输入店铺名');
  assert.equal(props(gen('搜索页，search barplaceholder是“搜点什么”'), 'search-bar')?.placeholder, '搜点什么');
  assert.equal(gen('table页面').page.sections.some((s) => s.type === 'tabs'), false, 'tab is still not found inside table');
});

test('a word said in order down the page is a section, not a bar icon or a label of the next section', () => {
  assert.deepEqual(types(gen('详情页，标题栏、接着店铺、然后服务保障')), ['topbar', 'seller', 'proof']);
  assert.deepEqual(types(gen('搜索页，顶栏、下面是搜索、分类标签')), ['topbar', 'search-bar', 'tabs']);
});

test('与 always joins two tab names; a label may end in 推荐 across comma-split clauses', () => {
  assert.deepEqual(props(gen('个人页，标签页：动态与收藏'), 'tabs')?.items, ['动态', '收藏']);
  const settings = props(gen('设置页，设置列表：帮助与反馈、关于我们'), 'menu-list')?.items as Array<{ label: string }>;
  assert.deepEqual(settings.map((m) => m.label), ['帮助与反馈', '关于我们'], 'a menu keeps its compound labels');
  const menu = props(gen('个人页，菜单：设置,手表推荐,积分商城'), 'menu-list')?.items as Array<{ label: string }>;
  assert.deepEqual(menu.map((m) => m.label), ['设置', '手表推荐', '积分商城']);
});

test('a badge may end in a number (假一赔十), and 带 ends a description before a list of badges', () => {
  assert.deepEqual(props(gen('详情页，卖家信息，带认证标以及包邮、假一赔十等服务保障'), 'proof')?.items, ['包邮', '假一赔十']);
  assert.equal(props(gen('详情页，卖家信息，带认证标以及包邮、假一赔十等服务保障'), 'seller')?.verified, true);
});

test('a notice in brackets may hold numbers; a button remark in brackets is no label', () => {
  assert.equal(props(gen('首页，公告（周末全场八折）'), 'notice-bar')?.text, '周末全场八折');
  assert.equal(props(gen('首页，轮播（5张）'), 'carousel')?.count, 5);
  assert.notEqual(props(gen('详情页，立即购买按钮（大一点）'), 'cta')?.text, '大一点');
});

test('下一步 before 按钮 is the button label, not a step', () => {
  const doc = gen('发布页，表单，最后一个下一步按钮');
  assert.equal(doc.page.sections.some((s) => s.type === 'steps'), false);
  assert.equal(props(doc, 'form')?.submit, '下一步');
});

test('a grammar word gives up its last character to a longer word that starts on it', () => {
  assert.deepEqual(types(gen('个人页，上面放个人信息卡，下面菜单')), ['user-info', 'menu-list']);
});

test("the catalog's details (no prop in the DSL) are read as nothing, not as labels", () => {
  const doc = gen('消息页，消息列表：系统通知、客服，左滑删除，底部导航');
  assert.deepEqual((props(doc, 'list')?.items as Array<{ title: string }>).map((i) => i.title), ['系统通知', '客服']);
  assert.deepEqual(props(gen('注册页，表单：昵称、密码（必填项标星）'), 'form')?.fields, [{ label: '昵称', type: 'text' }, { label: '密码', type: 'password' }]);
  // Only a whole detail is blanked (圆角矩形 is not 圆角), in both texts, keeping every offset.
  assert.deepEqual(normalise('轮播，圆角，底部导航'), { raw: '轮播，  ，底部导航', norm: '轮播,  ,底部导航' });
  assert.equal(normalise('轮播，圆角矩形').norm, '轮播,圆角矩形');
});

test('tab labels glued to the tab word, a first label written in several tokens', () => {
  assert.deepEqual(props(gen('订单页，tab已完成和已取消'), 'tabs')?.items, ['已完成', '已取消']);
  assert.deepEqual(props(gen('订单页，然后是tab已完成 待付款 待评价，订单列表'), 'tabs')?.items, ['已完成', '待付款', '待评价']);
});

test('a piece ending in 列表 after tab names is the next section, not one more tab', () => {
  assert.deepEqual(types(gen('订单页，标签：待付款、已完成、订单卡片列表')), ['tabs', 'list']);
  assert.deepEqual(props(gen('订单页，标签：待付款、已完成、订单卡片列表'), 'tabs')?.items, ['待付款', '已完成']);
});

test('a doubled space inside a two-word name still names it', () => {
  assert.deepEqual(types(gen('搜索页，search  bar，商品列表')), ['search-bar', 'card-list']);
});

test('items separated by spaces before their count are one list', () => {
  assert.deepEqual(props(gen('订单页，订单列表，首页 消息 我的3个入口的底部导航'), 'tabbar')?.items, ['home', 'message', 'user']);
  assert.deepEqual(types(gen('订单页，订单列表，首页 消息 我的3个入口的底部导航')), ['list', 'tabbar']);
});

test('a short label at the bottom with no section word is one button', () => {
  const doc = gen('详情页，轮播，价格，页面底部马上抢');
  assert.deepEqual(types(doc), ['carousel', 'price', 'cta']);
  assert.deepEqual(props(doc, 'cta'), { text: '马上抢' });
  assert.deepEqual(types(gen('首页，轮播，底部导航')), ['carousel', 'tabbar'], 'a bottom section word is that section');
});

test('words glued after another section word are not labels of the next list', () => {
  for (const p of ['详情页，轮播、价格区域、服务保障', '详情页，下面是价格信息、服务保障']) {
    assert.deepEqual(types(gen(p)).slice(-2), ['price', 'proof'], p);
    assert.deepEqual(props(gen(p), 'proof')?.items, props(gen('详情页，服务保障'), 'proof')?.items, `${p}: the usual badges`);
  }
});

test('a spaced list before a count ends where a joined phrase or a number starts', () => {
  // 和 inside the piece before the count: "通知和聊天" is one list already, not two of three.
  assert.deepEqual(types(gen('消息页，公告条 有通知和聊天两个tabs 聊天列表')), ['notice-bar', 'tabs', 'list']);
});

test('figures written glued together are the stats bar items, split on the catalog labels', () => {
  const items = (p: string) => (props(gen(p), 'stats')?.items as { label: string }[] | undefined)?.map((x) => x.label);
  assert.deepEqual(items('个人中心，头像昵称，下面是收藏点赞浏览数据，菜单列表'), ['收藏', '点赞', '浏览']);
  assert.deepEqual(items('我的页面，余额积分数据，底部导航'), ['余额', '积分']);
  assert.deepEqual(items('我的页面，数据：关注、粉丝'), ['关注', '粉丝'], 'separated labels as before');
  assert.equal(items('我的页面，会员数据，底部导航'), undefined, 'a word that is not a catalog label is not split into items');
});

test('commas inside a list of tab names whose count matches it join the list', () => {
  assert.deepEqual(props(gen('订单页，有已完成,待评价,全部,直播专区四个分类标签'), 'tabs')?.items, ['已完成', '待评价', '全部', '直播专区']);
  assert.deepEqual(props(gen('订单列表，待付款,已完成,全部3个tabs,订单卡片'), 'tabs')?.items, ['待付款', '已完成', '全部']);
  assert.deepEqual(types(gen('搜索页，搜索框,两个标签')), ['search-bar', 'tabs'], 'a section word before the count stays its own clause');
});

test('a clause after the top bar naming its icons by longer names is the bar, not a button', () => {
  for (const p of ['首页，顶部栏 带消息提醒、编辑按钮，下面轮播', '首页，顶部栏，带消息提醒、编辑按钮，下面轮播']) {
    assert.deepEqual(types(gen(p)), ['topbar', 'carousel'], p);
    assert.deepEqual(props(gen(p), 'topbar')?.actions, ['bell', 'edit'], p);
  }
  assert.deepEqual(props(gen('详情页，轮播，底部加入购物车、立即购买两个按钮'), 'cta'), { text: '立即购买', secondary: '加入购物车' }, 'button labels stay labels');
});

test('a card word ending in 卡 after a joiner ends a filter list and starts the cards', () => {
  const doc = gen('搜索页，搜索条 筛选栏：人气、综合、最热以及商品卡（两列）');
  assert.deepEqual(types(doc), ['search-bar', 'filters', 'card-list']);
  assert.deepEqual(props(doc, 'filters')?.items, ['人气', '综合', '最热']);
});

test('a detail the DSL has no prop for ends before a joiner, so it is no button label', () => {
  for (const p of ['设置页，菜单列表，每项带箭头和一个按钮', '设置页，设置列表，每项带箭头及一个‘退出登录’按钮']) {
    assert.deepEqual(types(gen(p)), ['menu-list', 'cta'], p);
    assert.deepEqual(props(gen(p), 'cta'), { text: '退出登录' }, p);
  }
});

test('a name glued before the banner word is its title, plain words in it included', () => {
  assert.equal(props(gen('登录页，会员日banner，输入框'), 'banner')?.title, '会员日');
  assert.equal(props(gen('详情页，顶栏，之后是家电节Banner，副标题 低至五折'), 'banner')?.title, '家电节');
  assert.deepEqual(types(gen('首页，轮播banner，商品')).includes('carousel'), true, 'a section word before banner is no title');
});

test('有, items and a closing 几条 after a list are its items, and a section after the joiner is its own', () => {
  const doc = gen('订单页，下方订单列表，有物流助手、保温杯、外套还有眼镜专区几条以及标签栏');
  assert.deepEqual(types(doc), ['list', 'tabs']);
  assert.deepEqual(props(doc, 'list')?.items, [{ title: '物流助手' }, { title: '保温杯' }, { title: '外套' }, { title: '眼镜专区' }]);
  assert.ok(!(props(doc, 'tabs')?.items as string[]).includes('物流助手'), 'the items are not the tabs');
  const cart = gen('购物车，商品列表，有香水频道、优惠提醒几条以及底部去结算');
  assert.deepEqual(props(cart, 'list')?.items, [{ title: '香水频道' }, { title: '优惠提醒' }]);
  assert.deepEqual(props(cart, 'cta'), { text: '去结算' });
});

test('a counted comma list of tabs starts after the words that lead into it', () => {
  assert.deepEqual(props(gen('订单页，左边logo：「户外俱乐部」 有图书,待发货,已取消三个tabs，订单列表'), 'tabs')?.items, ['图书', '待发货', '已取消']);
  assert.deepEqual(props(gen('消息页，顶部导航/再往下是有互动,评论,聊天三个分类tab/会话列表'), 'tabs')?.items, ['互动', '评论', '聊天']);
});

test('a section word that is also one of its usual items, inside a list its own word closes, is an item', () => {
  assert.deepEqual(props(gen('商品页，接着24小时发货/正品保证/全国联保服务保障'), 'proof')?.items, ['24小时发货', '正品保证', '全国联保']);
  assert.deepEqual(props(gen('详情页，服务承诺：顺丰发货、正品保证'), 'proof')?.items, ['顺丰发货', '正品保证'], 'named before, it stays a label');
  assert.deepEqual(props(gen('详情页，价格/正品保证（极速退款｜七天无理由）'), 'proof')?.items, ['极速退款', '七天无理由'], 'brackets after it hold the items');
  const form = gen('发布页，标题输入框、价格输入框');
  assert.deepEqual((props(form, 'form')?.fields as { label: string }[]).map((f) => f.label), ['标题', '价格'], 'a field box is no usual item');
});

test('a section word put on the page after the top bar is a section, not one more icon', () => {
  for (const p of ['首页，顶部有分享和搜索、放一个搜索、往下轮播图', '首页，导航栏、醒目的搜索、两张轮播', '消息页，头部带购物车与消息按钮、搜索、之后是会话列表']) {
    assert.ok(types(gen(p)).includes('search-bar'), p);
  }
  assert.deepEqual(props(gen('订单页，顶部标题栏，右上角放搜索，之后是tab栏'), 'topbar')?.actions, ['search'], 'a corner still holds icons');
});

test('a label opening with a negation (未读) goes on a list from the clause before', () => {
  assert.deepEqual(props(gen('消息页，选项卡通知,未读,全部以及加个底栏'), 'tabs')?.items, ['通知', '未读', '全部']);
});

test('counted comma lists of entries and segments, after a semicolon or a joiner, are one list', () => {
  assert.deepEqual(props(gen('店铺首页：标题是发现的header；求货,新品,附近三个分段选项 瀑布流'), 'tabs')?.items, ['求货', '新品', '附近']);
  const grid = props(gen('首页,依次是header、banner轮播、美食,电影,领券3个功能入口 两列视频'), 'grid-menu')?.items as { label: string }[];
  assert.deepEqual(grid.map((i) => i.label), ['美食', '电影', '领券']);
  assert.deepEqual(props(gen('搜索页，综合,销量,价格三个筛选，两列商品'), 'filters')?.items, ['综合', '销量', '价格'], 'a field word is still a label');
});

test('sort keys between 按 and 排序 may be separated by spaces', () => {
  assert.deepEqual(props(gen('搜索页，搜索框；下方按综合 价格 人气排序；瀑布流'), 'filters')?.items, ['综合', '价格', '人气']);
  assert.equal(props(gen('详情页，按钮 立即购买 排序'), 'filters')?.items, undefined, '按钮 is no 按');
});

test('顶部大图 is a banner word, so a name glued before it is the banner title', () => {
  assert.equal(props(gen('登录页 每日好价顶部大图 账号字段'), 'banner')?.title, '每日好价');
  assert.equal(props(gen('注册页面，有“品牌特卖”顶部大图'), 'banner')?.title, '品牌特卖');
});

test('the page named after its key (页面类型：购物车) is the page, though the word is also an icon', () => {
  assert.equal(gen('页面名称：购物车界面/风格：海洋蓝/布局：主按钮').page.name, 'cart_page');
  assert.equal(gen('主题:橙色系。页面:购物车。包含:导航栏').page.name, 'cart_page');
  assert.equal(gen('风格：银色。页面类型：聊天界面。组件：底部tab').page.name, 'message_page');
  assert.equal(gen('首页，顶部栏有:购物车、消息').page.name, 'home_page', 'a bar list after a colon stays icons');
});

test('参与 and 试用 are words, not 参 + 与 (and) or 试 + 用', () => {
  assert.deepEqual(props(gen('设置页 顶部栏 按钮：一键咨询和立即参与'), 'cta'), { text: '立即参与', secondary: '一键咨询' });
  assert.equal(props(gen('订单确认页/最后放免费试用按钮'), 'cta')?.text, '免费试用');
  assert.equal(props(gen('购物车页，商品列表，底部放一个去参与的按钮'), 'cta')?.text, '去参与');
});

test('a button label at the bottom ends where the words about the page begin', () => {
  assert.equal(props(gen('合计金额599 菜单列表 最下面微信支付的黑色金色高级感主题的结算页'), 'cta')?.text, '微信支付');
  assert.equal(props(gen('标题栏 最下面退出登录的橙色系配色的APP账号设置页面'), 'cta')?.text, '退出登录');
  assert.equal(props(gen('顶部编辑键 下面图片轮播；最下面马上抢的紫色APP商品页'), 'cta')?.text, '马上抢');
});

test('a notice\'s text may follow its word after a space, when it runs to the end of the clause', () => {
  assert.equal(props(gen('用户中心页面:通知栏 欢迎光临本店；再下面用户信息'), 'notice-bar')?.text, '欢迎光临本店');
  assert.equal(props(gen('首页。页面有顶部通知栏 「会员积分可抵现」 然后是宣传图'), 'notice-bar')?.text, '会员积分可抵现');
  const spaced = gen('app首页 顶部导航 公告栏 食品/求货标签 之后是作品');
  assert.equal(props(spaced, 'notice-bar')?.text, undefined, 'sections listed with spaces are not its text');
  assert.ok(types(spaced).includes('tabs'));
});

test('a key of another section (昵称 of the user) ends a list read backwards', () => {
  assert.equal(props(gen('设置页：顶栏，头像和昵称、菜单'), 'menu-list')?.items, undefined);
  assert.equal(props(gen('个人页，头像+昵称+数据概览+列表菜单'), 'stats')?.items, undefined);
  assert.deepEqual((props(gen('注册页，头像、昵称、密码三个字段'), 'form')?.fields as { label: string }[])?.map((f) => f.label), ['头像', '昵称', '密码'], 'a form still lists it');
});

test('a count of fields (三个字段) names the form', () => {
  assert.deepEqual((props(gen('注册页，昵称、密码、邮箱三个字段'), 'form')?.fields as { label: string }[]).map((f) => f.label), ['昵称', '密码', '邮箱']);
  assert.equal(types(gen('注册页，昵称、密码两个字段的表单')).filter((t) => t === 'form').length, 1, 'one form when its word follows');
});

test('plain words separated by spaces before a list word are its items; sections listed with spaces are not', () => {
  const menu = props(gen('设置页：header标题叫“系统设置”，中间收货地址 支付设置 隐私设置选项列表，底部主按钮'), 'menu-list')?.items as { label: string }[];
  assert.deepEqual(menu.map((i) => i.label), ['收货地址', '支付设置', '隐私设置']);
  const grid = props(gen('app页面 顶部搜索栏；轮播 会员 美食 领券金刚区、单列信息流'), 'grid-menu')?.items as { label: string }[];
  assert.deepEqual(grid.map((i) => i.label), ['会员', '美食', '领券']);
  assert.deepEqual(props(gen('搜索页面 清新绿 搜索 热门标签筛选'), 'tabs'), undefined, 'a compound names its last section (筛选)');
  const detail = gen('海蓝 电商app商品页 顶部标题栏 价格区域 卖家卡片 服务保障');
  assert.deepEqual(types(detail), ['topbar', 'price', 'seller', 'proof'], '保障 inside 服务保障 starts no list');
});

test('figures with values separated by spaces or commas before the stats word are its items', () => {
  assert.deepEqual(props(gen('我的主页，头像昵称、访客592 关注7.6万数据还有底栏'), 'stats')?.items, [{ label: '访客', value: 592 }, { label: '关注', value: '7.6万' }]);
  assert.deepEqual(props(gen('用户中心页，菜单 再下面足迹3.5万，成交0.1万，评论4万数据栏，最下方tabbar'), 'stats')?.items, [
    { label: '足迹', value: '3.5万' },
    { label: '成交', value: '0.1万' },
    { label: '评论', value: '4万' },
  ]);
});

test('items before a tab-and-filter compound (热门标签筛选) belong to its head, the filter bar', () => {
  const doc = gen('搜索页，搜索区提示"搜索订单" 最新、上新、折扣热门标签筛选 商品卡片2列');
  assert.deepEqual(props(doc, 'filters')?.items, ['最新', '上新', '折扣']);
  assert.ok(!types(doc).includes('tabs'));
  assert.deepEqual(props(gen('搜索结果页，搜索入口；按距离、护肤精选排序 资讯列表'), 'filters')?.items, ['距离', '护肤精选'], '精选 right before the word ends a label');
  assert.deepEqual((props(gen('发布页面，组件：填写标签、封面'), 'form')?.fields as { label: string }[]).map((f) => f.label), ['标签', '封面'], '填写 lists forward');
});

test('a usual menu entry holding 与 (帮助与反馈) stays one entry', () => {
  const items = props(gen('个人中心 我的收藏/会员中心/帮助与反馈等常用功能 个人信息'), 'menu-list')?.items as { label: string }[];
  assert.deepEqual(items.map((i) => i.label), ['我的收藏', '会员中心', '帮助与反馈']);
});

test('筛选 glued to the filter bar\'s own word, or after a joiner, is its last sort key', () => {
  assert.deepEqual(props(gen('搜索结果页面 按新品/最新/筛选排序 达人列表'), 'filters')?.items, ['新品', '最新', '筛选']);
  assert.deepEqual(props(gen('搜索页面 最新、人气和筛选排序栏'), 'filters')?.items, ['最新', '人气', '筛选']);
  assert.deepEqual(props(gen('搜索结果页 美食分类、折扣、筛选筛选标签'), 'filters')?.items, ['美食分类', '折扣', '筛选']);
});

test('a list read forwards ends before a quantifier, a row count or a quoted button label', () => {
  assert.deepEqual(props(gen('详情页，售后保障写闪电退款、正品保证及来个店铺信息'), 'proof')?.items, ['闪电退款', '正品保证']);
  assert.deepEqual(props(gen('搜索页，标签页文章、综合和视频还有每行两个的信息流'), 'tabs')?.items, ['文章', '综合', '视频']);
  const doc = gen('设置页:顶部导航、菜单列表包含通用、关于我们、“退出账号”按钮');
  assert.deepEqual((props(doc, 'menu-list')?.items as { label: string }[]).map((i) => i.label), ['通用', '关于我们']);
  assert.equal(props(doc, 'cta')?.text, '退出账号');
});

test('the active tab named after 默认在 is a label, and 推荐 may open a tab list', () => {
  const home = props(gen('商城主页面，下面tab推荐、出货、数码和新品，默认在新品，下面图片轮播'), 'tabs');
  assert.deepEqual(home, { items: ['推荐', '出货', '数码', '新品'], active: 3 });
  const search = gen('搜索页面，4个标签页：店铺、商品和视频，默认在视频');
  assert.equal(props(search, 'tabs')?.active, 2);
  assert.ok(!types(search).includes('card-list'), '视频 after 默认在 is no card list');
  const grid = gen('首页，全新、服饰tab，默认选中服饰、分类入口');
  assert.equal(props(grid, 'tabs')?.active, 1);
  assert.equal(props(grid, 'grid-menu')?.items, undefined, 'the active phrase is no grid entry');
});

test('a named value ends before a joiner followed by a row count or a quantifier', () => {
  const doc = gen('搜索页面，页面上放顶部导航栏，页面标题为社区旗舰店以及每行两个的商品列表');
  assert.equal(props(doc, 'topbar')?.title, '社区旗舰店');
  assert.equal(props(doc, 'card-list')?.columns, 2);
});

test('icons joined on to a corner\'s icons are the bar\'s too', () => {
  assert.deepEqual(props(gen('确认订单页/左上角收藏跟分享、下面是公告栏'), 'topbar')?.actions, ['heart', 'share']);
  assert.deepEqual(props(gen('购物袋，从上到下依次是左上角更多+定位、应付金额'), 'topbar')?.actions, ['more', 'location']);
  assert.ok(types(gen('购物袋，从上到下依次是左上角更多+定位、应付金额')).includes('price'), 'the section after them stays');
});

test('a button said at the bottom is a button even when its label names an icon', () => {
  const doc = gen('资讯，依次放上面是标题是「文章详情」的header还有最下面加一个《分享》的按钮');
  assert.equal(props(doc, 'cta')?.text, '分享');
  assert.equal(props(doc, 'topbar')?.title, '文章详情');
});

test('a placeholder, a text body and a search hint after a space or in brackets', () => {
  assert.equal(props(gen('搜索页，顶部搜索条，占位文字 搜索订单，另外加个普通列表'), 'search-bar')?.placeholder, '搜索订单');
  assert.equal(props(gen('搜索页面 上方搜索栏（输入关键词） 过滤条件'), 'search-bar')?.placeholder, '输入关键词');
  assert.equal(props(gen('文章详情页面 顶部导航 文字介绍，正文 \'欢迎阅读本期内容\' 一行2个的店铺列表'), 'text')?.body, '欢迎阅读本期内容');
  assert.equal(props(gen('博客文章界面 活力橙 文字介绍 页面底部分享'), 'text')?.body, undefined, 'a position word goes on describing the page');
});

test('a setting of the section before (自动轮播) is no entry of the list after it', () => {
  const doc = gen('首页，依次放顶部标题栏；幻灯片，自动轮播、好看的图标导航区；底栏');
  assert.equal(props(doc, 'carousel')?.autoplay, true);
  assert.equal(props(doc, 'grid-menu')?.items, undefined);
  assert.deepEqual(props(gen('注册页，顶部注册-认证-完成三步进度及banner'), 'steps')?.items, ['注册', '认证', '完成'], '认证 may be a step');
});

test('相关推荐列表 is a card list except on an article page, where it lists related reads', () => {
  assert.deepEqual(props(gen('搜索页面 绿 三列相关推荐列表'), 'card-list'), { columns: 3, card: { type: 'product-card' } });
  assert.deepEqual(types(gen('文章详情页，正文，相关推荐列表')), ['text', 'list']);
});

test('推荐商品卡 is 推荐 + 商品卡: product cards', () => {
  assert.deepEqual(props(gen('购物车，商品列表；下方单栏推荐商品卡，展示五个'), 'card-list'), { columns: 1, card: { type: 'product-card' }, count: 5 });
  assert.deepEqual(props(gen('购物袋界面：购物车商品列表，九张每行一个的推荐商品瀑布流'), 'card-list')?.card, { type: 'product-card' });
});

// Written descriptions (numbered lines, arrows, labelled values): the phrasing of people who write specs.

test('the numbers and bullets of a written list are no counts or prices, and one inside a line ends a clause', () => {
  const doc = gen('宠物店首页，日落橙\n1. 顶部：标题“毛孩子”\n2. 轮播图 4张\n3. 价格：¥88\n- 底部导航');
  assert.deepEqual(types(doc), ['topbar', 'carousel', 'price', 'tabbar']);
  assert.equal(props(doc, 'topbar')?.title, '毛孩子');
  assert.equal(props(doc, 'carousel')?.count, 4);
  assert.equal(props(doc, 'price')?.value, 88);
  const inline = gen('详情页 1）轮播图，5张 2）价格：每晚320 3）底部按钮“马上订”');
  assert.deepEqual(types(inline), ['carousel', 'price', 'cta']);
  assert.equal(props(inline, 'price')?.value, 320);
  assert.equal(props(inline, 'cta')?.text, '马上订');
  assert.equal(normalise('评分4.9，3.5万').norm, '评分4.9,3.5万');
});

test('spaced arrows lead from section to section, unless a steps word came first', () => {
  assert.deepEqual(types(gen('结算页：收货地址列表 → 两列商品卡片 → 提交按钮')), ['list', 'card-list', 'cta']);
  const steps = gen('发布页，步骤条：拍照 → 写描述 → 定价格，下面是表单');
  assert.deepEqual(props(steps, 'steps')?.items, ['拍照', '写描述', '定价格']);
});

test('keys after a section word and a colon are that section\'s values', () => {
  const doc = gen('首页，banner：标题“周末狂欢”，副标题“满100减20”');
  assert.equal(props(doc, 'banner')?.title, '周末狂欢');
  assert.equal(props(doc, 'banner')?.subtitle, '满100减20');
});

test('a key alone in its clause names a value of the section just before; a title no section claims never replaces the bar\'s', () => {
  const doc = gen('文章页，顶部标题“晨读”；下面一段说明文字，标题“阅读指南”，内容“每天一篇”；表单：书名、作者名称');
  assert.equal(props(doc, 'topbar')?.title, '晨读');
  assert.equal(props(doc, 'text')?.title, '阅读指南');
  assert.equal(props(doc, 'text')?.body, '每天一篇');
  const user = gen('个人中心，个人信息卡片显示头像和名字“小雨”');
  assert.equal(props(user, 'user-info')?.name, '小雨');
});

test('a clause of a verb and a quote names the text of the section before it', () => {
  const doc = gen('搜索页，顶部是搜索框，写“搜一搜好书”，下面一条公告，内容是“全场包邮”');
  assert.equal(props(doc, 'search-bar')?.placeholder, '搜一搜好书');
  assert.equal(props(doc, 'notice-bar')?.text, '全场包邮');
});

test('two quoted button labels, and 主按钮 / 副按钮, name the main and the second button', () => {
  const two = gen('详情页，底部两个按钮：“收藏”和“马上抢”');
  assert.deepEqual([props(two, 'cta')?.text, props(two, 'cta')?.secondary], ['马上抢', '收藏']);
  const keyed = gen('详情页，最后按钮“现在下单”，副按钮“稍后再说”');
  assert.deepEqual([props(keyed, 'cta')?.text, props(keyed, 'cta')?.secondary], ['现在下单', '稍后再说']);
});

test('an amount after a currency sign is the price; 原价 after a sign is the original; 7天无理由 is no amount', () => {
  const doc = gen('详情页：轮播图、价格（¥59 原价¥99）、7天无理由');
  assert.equal(props(doc, 'price')?.value, 59);
  assert.equal(props(doc, 'price')?.original, 99);
  const spaced = gen('详情页，价格 ￥12.5，划线价 ￥20');
  assert.deepEqual([props(spaced, 'price')?.value, props(spaced, 'price')?.original], [12.5, 20]);
});

test('the DSL\'s own words: English section, card and icon names and actions', () => {
  const doc = gen('首页。top bar标题“Shop”，actions放cart；carousel 3张；feed用2列video card；tabbar：home/search/user');
  assert.deepEqual(types(doc), ['topbar', 'carousel', 'card-list', 'tabbar']);
  assert.ok((props(doc, 'topbar')?.actions as string[]).includes('cart'));
  assert.deepEqual(props(doc, 'card-list')?.card, { type: 'video-card' });
  assert.deepEqual(props(doc, 'tabbar')?.items, ['home', 'search', 'user']);
  assert.equal(gen('Login page, 粉色').page.name, 'login_page');
});

test('a field\'s type note in brackets is read past; after the form\'s own word a bracket still lists its fields', () => {
  assert.equal((props(gen('发布页，表单：书名（文本）、出版日期（日期）、页数（数字）'), 'form')?.fields as unknown[]).length, 3);
  assert.equal((props(gen('登录页，表单（手机号、密码）'), 'form')?.fields as unknown[]).length, 2);
});

test('two card lists of different shapes stay two sections', () => {
  const doc = gen('购物车：已选商品一列商品卡片；猜你喜欢两列商品卡片；底部结算按钮');
  assert.deepEqual(types(doc).filter((t) => t === 'card-list').length, 2);
  assert.deepEqual(doc.page.sections.filter((s) => s.type === 'card-list').map((s) => (s.props as { columns: number }).columns), [1, 2]);
});

test('a list section\'s word, a space, then items joined by / are its items', () => {
  assert.deepEqual(props(gen('订单页，tab 全部/进行中/已完成，订单列表'), 'tabs')?.items, ['全部', '进行中', '已完成']);
});

test('after 内容是 the plain rest of the clause is the text of the section before; a title leading its clause goes back too', () => {
  assert.equal(props(gen('首页，滚动公告，内容是今晚八点上新'), 'notice-bar')?.text, '今晚八点上新');
  const doc = gen('首页，接着banner，标题“秋日上新”、然后是用户信息');
  assert.equal(props(doc, 'banner')?.title, '秋日上新');
  assert.equal(props(doc, 'topbar'), undefined);
});

test('a side of the bar opening the clause after it, or a corner such as 右上, names more of its icons', () => {
  const side = gen('书城首页，顶部标题栏写“书架”，右边分享按钮');
  assert.deepEqual(types(side), ['topbar']);
  assert.ok((props(side, 'topbar')?.actions as string[]).includes('share'));
  assert.ok((props(gen('首页，标题栏“书城”，右侧放个购物车图标'), 'topbar')?.actions as string[]).includes('cart'));
  assert.ok((props(gen('订单页，顶部标题“外卖”，右上搜索'), 'topbar')?.actions as string[]).includes('search'));
});

test('a count before the colon that lists a form\'s fields, and 提交写 naming its submit label', () => {
  const doc = gen('发布页，表单就三项：书名、作者、定价；提交写“上架”');
  assert.deepEqual((props(doc, 'form')?.fields as Array<{ label: string }>).map((f) => f.label), ['书名', '作者', '定价']);
  assert.equal(props(doc, 'form')?.submit, '上架');
  // 提交 alone stays a label: a button 提交订单 is no submit key.
  assert.equal(props(gen('结算页，价格，底部按钮：提交订单'), 'cta')?.text, '提交订单');
});

test('默认 alone names the active tab by its label; 用户 is a word, not 用 + 户; cards counted in columns are a card list', () => {
  const doc = gen('社区首页，分类tab：游戏、动漫、音乐，默认音乐');
  assert.deepEqual(props(doc, 'tabs')?.items, ['游戏', '动漫', '音乐']);
  assert.equal(props(doc, 'tabs')?.active, 2);
  assert.deepEqual(props(gen('搜索页，tabs 用户/群组，下面一列用户卡片'), 'tabs')?.items, ['用户', '群组']);
  assert.deepEqual(props(gen('搜索页，下面一列用户卡片'), 'card-list'), { columns: 1, card: { type: 'user-card' } });
});

test('the DSL\'s section and card names are words; a navigation bar at the bottom is the tab bar; a word glued before the page word is the app\'s subject', () => {
  const doc = gen('订单页\n- card-list：1 列，product-card');
  assert.deepEqual(props(doc, 'card-list'), { columns: 1, card: { type: 'product-card' } });
  assert.deepEqual(types(gen('首页，顶部搜索，最底下导航栏要有首页、我的')), ['search-bar', 'tabbar']);
  assert.deepEqual(types(gen('帮我做一个视频搜索结果页，顶部搜索，下面两列视频卡片')), ['search-bar', 'card-list']);
});

test('tab bar items after a space, tabs after 分成, counts inside labels, and a button\'s two labels around /', () => {
  assert.deepEqual(props(gen('资讯页，正文，底部导航 首页/消息/我的'), 'tabbar')?.items, ['home', 'message', 'user']);
  assert.deepEqual(props(gen('订单页，tabs分成“进行中”和“已结束”'), 'tabs')?.items, ['进行中', '已结束']);
  assert.deepEqual(props(gen('订单页，筛选：近一周、近两个月、更早'), 'filters')?.items, ['近一周', '近两个月', '更早']);
  const cta = props(gen('课程详情页，价格，底部按钮：免费试听 / 立即购买'), 'cta');
  assert.deepEqual([cta?.text, cta?.secondary], ['立即购买', '免费试听']);
});

test('文字 right after a section word is its text; a style alone in brackets after a list; 聊天记录 and 评论区 are lists', () => {
  assert.equal(props(gen('文章页，标题栏文字写“晨读”'), 'topbar')?.title, '晨读');
  const chat = gen('客服聊天页，顶部标题“在线客服”；下面聊天记录（气泡）');
  assert.deepEqual(types(chat), ['topbar', 'list']);
  assert.equal(props(chat, 'list')?.style, 'chat');
  assert.ok(types(gen('文章页，正文，下面评论区')).includes('list'));
});

test('English field-type notes, figures with a value after a space, and specs written as text tables', () => {
  assert.equal((props(gen('发布页，表单：标题(text)、价格（number）、描述(textarea)'), 'form')?.fields as unknown[]).length, 3);
  assert.deepEqual(props(gen('个人中心，stats：关注 12、粉丝 340'), 'stats')?.items, [{ label: '关注', value: 12 }, { label: '粉丝', value: 340 }]);
  const table = gen('个人中心，黑金\n| 区块 | 说明 |\n|---|---|\n| stats | 关注 / 粉丝 / 获赞 |\n| menu-list | 我的订单、地址管理 |');
  assert.deepEqual(types(table), ['stats', 'menu-list']);
  assert.equal((props(table, 'stats')?.items as unknown[]).length, 3);
  assert.equal((props(table, 'menu-list')?.items as unknown[]).length, 2);
});

test('designer notes: a Latin section word and a space run on into its clause; quoted tabs one after another; counts before a colon stay props', () => {
  const doc = gen('首页：下面 tabs “关注”“同城”，默认选中同城；grid-menu 4列：转账、理财、缴费、更多；card-list 1 column article-card');
  assert.deepEqual(props(doc, 'tabs'), { items: ['关注', '同城'], active: 1 });
  assert.equal(props(doc, 'grid-menu')?.columns, 4);
  assert.equal((props(doc, 'grid-menu')?.items as unknown[]).length, 4);
  assert.deepEqual(props(doc, 'card-list'), { columns: 1, card: { type: 'article-card' } });
  assert.deepEqual(props(gen('首页，tabs [推荐, 关注]'), 'tabs')?.items, ['推荐', '关注']);
  // Terse lists keep their sections apart: "header 会话列表" is a bar, then a list.
  assert.deepEqual(types(gen('消息页 header 会话列表 底部tabbar')), ['topbar', 'list', 'tabbar']);
});

test('pinyin slips in the words the parser keys on are read as meant; values keep what was typed', () => {
  const doc = gen('够物车页面，轮拨图3张，底部按扭写“去结箅”');
  assert.equal(doc.page.name, 'cart_page');
  assert.deepEqual(types(doc), ['carousel', 'cta']);
  assert.equal(props(doc, 'cta')?.text, '去结箅');
});

test('a clause of nothing but field words joined is a form', () => {
  const doc = gen('登录页：顶栏标题「会员登录」，手机号+验证码，按钮写「进入」');
  assert.deepEqual(types(doc), ['topbar', 'form']);
  assert.deepEqual((props(doc, 'form')?.fields as Array<{ type: string }>).map((f) => f.type), ['phone', 'text']);
  assert.equal(props(doc, 'form')?.submit, '进入');
});

test('spaces round a Latin icon, card or style name join; 列表 after a card word lists those cards', () => {
  assert.ok((props(gen('首页，topbar 标题“小店”，右侧放 cart 图标'), 'topbar')?.actions as string[]).includes('cart'));
  assert.equal(props(gen('订单页，订单用 list，card 样式'), 'list')?.style, 'card');
  assert.deepEqual(props(gen('搜索页，结果用单列 shop-card 列表，显示8个'), 'card-list'), { columns: 1, card: { type: 'shop-card' }, count: 8 });
});

test('English page and theme names, the DSL\'s own included; a bracketed title ends at a comma', () => {
  const doc = gen('Cart page, ocean blue. topbar(我的购物车, 右上 more)');
  assert.deepEqual([doc.page.name, doc.page.theme], ['cart_page', 'ocean-blue']);
  assert.equal(props(doc, 'topbar')?.title, '我的购物车');
  assert.ok((props(doc, 'topbar')?.actions as string[]).includes('more'));
  assert.deepEqual([gen('order_page，tech-purple').page.name, gen('order_page，tech-purple').page.theme], ['order_page', 'tech-purple']);
});

test('items after a list word separated by single spaces, as people type on phones', () => {
  assert.deepEqual(props(gen('资讯首页 下面tab 推荐 热点 本地 然后文章列表'), 'tabs')?.items, ['推荐', '热点', '本地']);
  assert.deepEqual((props(gen('个人中心 然后菜单 我的订单 收货地址 优惠券'), 'menu-list')?.items as Array<{ label: string }>).map((i) => i.label), ['我的订单', '收货地址', '优惠券']);
  assert.deepEqual(props(gen('首页 底部导航 首页 分类 我的'), 'tabbar')?.items, ['home', 'category', 'user']);
  // Sections side by side with spaces stay sections.
  assert.deepEqual(types(gen('首页 搜索 轮播图 底部导航')), ['search-bar', 'carousel', 'tabbar']);
});

test('values after spaces: 公告 写 X, 顶部公告 X 然后…, 标题 我的订单 once the page was named', () => {
  assert.equal(props(gen('首页 顶部来条公告 写 周末全场八折 然后轮播3张'), 'notice-bar')?.text, '周末全场八折');
  assert.equal(props(gen('订单页 银白 顶部公告 超时未付自动取消 然后tab 待支付 已支付'), 'notice-bar')?.text, '超时未付自动取消');
  assert.equal(props(gen('订单列表 黑金 标题 我的订单 右边搜索'), 'topbar')?.title, '我的订单');
});

test('field words side by side with spaces, after the words that lead into them, are a form', () => {
  const doc = gen('登录页 黑金 顶部大图 然后用户名 密码 然后登录按钮');
  assert.deepEqual(types(doc), ['banner', 'form']);
  assert.deepEqual((props(doc, 'form')?.fields as Array<{ label: string }>).map((f) => f.label), ['用户名', '密码']);
});

test('一个一行 reads as 一行一个; 结果 names the card list of a search page', () => {
  assert.equal(props(gen('购物车 商品一个一行 最底下 去结算 按钮'), 'card-list')?.columns, 1);
  assert.equal(props(gen('搜索页 上面搜索 结果一行一个'), 'card-list')?.columns, 1);
});

test('spaced items after a count glued to the list word, a form\'s spaced fields, and a list\'s spaced rows', () => {
  assert.equal((props(gen('个人中心 然后宫格四列 我的收藏 浏览记录 优惠券 客服'), 'grid-menu')?.items as unknown[]).length, 4);
  assert.equal(props(gen('个人中心 然后宫格四列 我的收藏 浏览记录 优惠券 客服'), 'grid-menu')?.columns, 4);
  assert.equal((props(gen('发布页 表单 品牌 车型 价格 图片 然后底部立即发布'), 'form')?.fields as unknown[]).length, 4);
});

test('一排图标 and 分类图标 name a grid of entries', () => {
  assert.deepEqual(types(gen('首页 最上面搜索 然后一排图标 下面商品两列')), ['search-bar', 'grid-menu', 'card-list']);
});

test('房东信息 and 讲师信息 name the seller, 作者信息 the user, 评价列表 a list', () => {
  assert.deepEqual(types(gen('民宿详情页 上面轮播 然后房东信息 评分4.8 然后评价列表')), ['carousel', 'seller', 'list']);
  assert.equal(props(gen('民宿详情页 上面轮播 然后房东信息 评分4.8'), 'seller')?.rating, 4.8);
  assert.ok(types(gen('文章页 正文 作者信息')).includes('user-info'));
});

test('a notice set off by a space may hold the page\'s words; 现在 names the active step and ends spaced items', () => {
  assert.equal(props(gen('订单页 顶部公告 订单超时未支付自动取消 然后tab 待支付 已支付'), 'notice-bar')?.text, '订单超时未支付自动取消');
  const steps = gen('支付页 步骤条 确认订单 支付 完成 现在第二步 然后按钮确认支付');
  assert.deepEqual(props(steps, 'steps'), { items: ['确认订单', '支付', '完成'], active: 1 });
});

test('提交 right before a quote, and submit after a space, name the submit label; 这5个 counts, it is no field', () => {
  assert.equal(props(gen('发布页 | 黑金 | form(品牌、型号、图片) 提交“提交审核”'), 'form')?.submit, '提交审核');
  assert.equal(props(gen('Login page. Form: email, password, submit “Log in”'), 'form')?.submit, 'Log in');
  assert.equal((props(gen('注册页，表单需要：昵称、手机号、密码 这3个输入框'), 'form')?.fields as unknown[]).length, 3);
});

test('spaced filter labels that are also other sections\' words (价格); 详情, 结果页 and 闲置发布 name pages', () => {
  assert.deepEqual(props(gen('搜索结果页 顶部搜索框 然后筛选 综合 销量 价格 下面两列商品'), 'filters')?.items, ['综合', '销量', '价格']);
  assert.equal(gen('二手手机的详情 图片轮播 价格2999').page.name, 'detail_page');
  assert.equal(gen('搜酒店的结果页 上面搜索').page.name, 'search_page');
  assert.equal(gen('闲置发布 黑金风 然后表单').page.name, 'publish_page');
});

test('an adverb between a key and its verb: 标题就叫X', () => {
  assert.equal(props(gen('首页 顶上标题就叫书香小站 然后轮播图'), 'topbar')?.title, '书香小站');
});

test('通知 with a colon and a quote is a notice, though 通知 alone is the bell icon', () => {
  assert.equal(props(gen('购物车\n1. 顶部通知：“满99包邮”\n2. 商品列表'), 'notice-bar')?.text, '满99包邮');
  assert.ok((props(gen('首页，顶部导航带搜索和通知图标'), 'topbar')?.actions as string[]).includes('bell'));
});

test('a count of entries with none named fills the page\'s usual ones; xN is a count; a count before another section is that one\'s', () => {
  const settings = gen('设置中心 菜单共7项 退出按钮');
  assert.deepEqual((props(settings, 'menu-list')?.items as Array<{ label: string }>).map((x) => x.label), catalog.vocab.menuLabels.settings.slice(0, 7));
  const grid = props(gen('个人页 头像 订单宫格5个'), 'grid-menu')?.items as Array<{ label: string }>;
  assert.deepEqual(grid.map((x) => x.label), catalog.vocab.menuLabels.orderGrid.slice(0, 5));
  assert.equal((props(gen('商城首页 快捷入口三行 每行四个'), 'grid-menu')?.items as unknown[]).length, 12);
  assert.deepEqual(props(gen('商城首页 快捷入口2行x3'), 'grid-menu')?.columns, 3);
  assert.equal((props(gen('文章页 留言列表x4'), 'list')?.items as unknown[]).length, 4);
  assert.equal(props(gen('店铺首页 轮播×5 然后商品'), 'carousel')?.count, 5);
  // The count says how many tabs, not how many rows the list after them has; named items keep their names.
  assert.equal(props(gen('订单页 三个tab：已付款、待发货、已评价、订单列表'), 'list')?.items, undefined);
  assert.deepEqual((props(gen('我的 数据：积分、余额 两项'), 'stats')?.items as Array<{ label: string }>).map((x) => x.label), ['积分', '余额']);
});

test('a 导航栏 said at the bottom is the tab bar, and takes the icons of the clause after it', () => {
  const doc = gen('个人页，头像昵称，然后最底下放一个导航栏，首页、购物车、我的。');
  assert.deepEqual(props(doc, 'tabbar')?.items, ['home', 'cart', 'user']);
  assert.equal(props(doc, 'topbar'), undefined);
  assert.deepEqual(props(gen('商城首页 顶部导航栏写“好物” 下面两列商品'), 'topbar')?.title, '好物');
});

test('大字 and 小字 are a banner\'s title and subtitle; 小字 alone, or after a subtitle, is a text', () => {
  assert.deepEqual(props(gen('活动页面，上面一张横幅，大字写“周年庆”，小字写“满300减50”，下面商品两列'), 'banner'), { title: '周年庆', subtitle: '满300减50' });
  assert.equal(props(gen('注册页 表单 手机号 密码 再下面一行小字 注册即表示同意隐私政策'), 'text')?.body, '注册即表示同意隐私政策');
  const doc = gen('登录页，横幅写“你好”，副标题“好久不见”；下面账号和密码；最后一行小字写客服电话');
  assert.equal(props(doc, 'banner')?.subtitle, '好久不见');
  assert.equal(props(doc, 'text')?.body, '客服电话');
});

test('an adverb before the verb (先写), 卖家名字 and 按钮字写 still name their values', () => {
  assert.equal(props(gen('个人中心，头像和昵称，昵称先写 阿花'), 'user-info')?.name, '阿花');
  assert.equal(props(gen('商品详情，卖家信息，卖家名字就叫「二手小铺」'), 'seller')?.name, '二手小铺');
  assert.equal(props(gen('设置页，菜单列表，最下面一个按钮，按钮字写“注销账号”'), 'cta')?.text, '注销账号');
});

test('labels the user switches between are tabs; 模块一 marks a line of a spec, it is no number', () => {
  assert.deepEqual(props(gen('社区首页，顶部标题，然后用户可以在 附近 和 关注 之间切换，下面动态列表'), 'tabs')?.items, ['附近', '关注']);
  const doc = gen('资讯页：顶部搜索，读者能在头条、本地、体育三个频道之间来回切换的推荐，文章卡片一列');
  assert.deepEqual(props(doc, 'tabs')?.items, ['头条', '本地', '体育']);
  assert.ok(types(doc).includes('card-list'));
  // After a joiner the steps before do not take the tabs.
  assert.deepEqual(props(gen('订单页：步骤条：下单->发货->签收+可以在 全部、售后 之间切换'), 'steps')?.items, ['下单', '发货', '签收']);
  const spec = gen('页面：相机详情\n模块一：轮播图 4 张\n模块二：价格：¥5200\n模块三 保障：正品行货、全国联保');
  assert.equal(props(spec, 'price')?.value, 5200);
  assert.deepEqual(props(spec, 'proof')?.items, ['正品行货', '全国联保']);
});

test('a place to fill things in is a form of those fields; a place to search is a search bar', () => {
  const doc = gen('发布页，顶部标题，然后一块可以上传照片、填品牌｜选新旧程度的区域，按钮写“提交”');
  assert.deepEqual((props(doc, 'form')?.fields as Array<{ label: string }>).map((f) => f.label), ['照片', '品牌', '新旧程度']);
  assert.equal(props(gen('注册页，中间一个能填昵称和邮箱的地方，提交按钮就写“注册”'), 'form')?.submit, '注册');
  assert.ok(types(gen('二手首页，最上面放个能搜宝贝的地方，下面两列商品')).includes('search-bar'));
});

test('一段文字 is a text whose 标题 and 内容 follow; a number after a space still goes to 原价 and 评分', () => {
  assert.deepEqual(props(gen('活动页。然后一段文字，标题写「报名须知」，内容写 每人限报一次。最后按钮“报名”'), 'text'), { title: '报名须知', body: '每人限报一次' });
  assert.deepEqual(props(gen('商品详情。价格：88，原价 128。'), 'price')?.original, 128);
  assert.equal(props(gen('商品详情。卖家，名字 阿明小店，评分 4.5。'), 'seller')?.rating, 4.5);
  assert.equal(props(gen('商品详情。价格，260，原价写 300。'), 'price')?.original, 300);
});

test('items joined after a list word and a space (stats 总资产/收益, steps 下单>接单), a step may hold a section word', () => {
  assert.deepEqual((props(gen('我的 stats 余额/积分/卡券 下面菜单'), 'stats')?.items as Array<{ label: string }>).map((x) => x.label), ['余额', '积分', '卡券']);
  assert.deepEqual(props(gen('订单页 steps 已付款>商家发货>已签收 下面订单list'), 'steps')?.items, ['已付款', '商家发货', '已签收']);
});

test('a request that opens with 发布 is for a publish page; some English page names', () => {
  assert.equal(gen('发布二手相机 深蓝 表单 品牌 型号 价格').page.name, 'publish_page');
  assert.equal(gen('login 粉色 用户名 密码 登录按钮').page.name, 'login_page');
  assert.equal(gen('my orders 极简 tabs + 卡片list').page.name, 'order_page');
  assert.equal(gen('首页 底部tab 首页 发布 我的').page.name, 'home_page');
});

test('spaced sort keys that are other words (价格, 星级); spaced figures after 数据那块; a plus in the middle of the tab bar', () => {
  assert.deepEqual(props(gen('搜索页 顶部搜索 然后筛选 价格 星级 评论数 结果一行一个'), 'filters')?.items, ['价格', '星级', '评论数']);
  assert.equal((props(gen('我的 头像 然后数据那块 今日步数8000 本周跑步3次 然后菜单'), 'stats')?.items as unknown[]).length, 2);
  assert.deepEqual(props(gen('二手首页 两列商品 底部导航中间加个发布的加号'), 'tabbar')?.items, ['home', 'category', 'plus', 'cart', 'user']);
  assert.deepEqual(props(gen('首页，底部导航：首页、发布（就是那个加号）、我的'), 'tabbar')?.items, ['home', 'plus', 'user']);
});

test('a top bar goes first and a tab bar last, whatever order they were said in', () => {
  assert.deepEqual(types(gen('消息页。先说下面，底部导航：首页、消息、我的。然后上面是标题“消息”。中间聊天列表')), ['topbar', 'list', 'tabbar']);
});

test('of two buttons the main one is the one that is no secondary action, in whatever order they were said', () => {
  assert.deepEqual(props(gen('商品详情，底部两个按钮：“马上抢”和“联系卖家”'), 'cta'), { text: '马上抢', secondary: '联系卖家' });
  assert.deepEqual(props(gen('商品详情，底部收藏和立即抢购两个按钮'), 'cta'), { text: '立即抢购', secondary: '收藏' });
  // Neither is: the one said last.
  assert.deepEqual(props(gen('课程详情，按钮：立即报名和立即购买'), 'cta'), { text: '立即购买', secondary: '立即报名' });
});

test('what the top shows (顶部写“X”, 最上面写 X) is the top bar\'s title, and the bar keeps the icons said after it', () => {
  const doc = gen('购物车，黑金风。顶上写“我的菜篮”带分享图标；中间单列商品卡片');
  assert.deepEqual(props(doc, 'topbar'), { title: '我的菜篮', actions: ['share'] });
  assert.deepEqual(types(gen('设置页，上面显示“偏好设置”')), ['topbar']);
  assert.equal(props(gen('首页。最上面写 书香小站，然后下面放轮播'), 'topbar')?.title, '书香小站');
  assert.equal(props(gen('社区首页。顶部显示小区名“翠湖苑”；下面轮播'), 'topbar')?.title, '翠湖苑');
  assert.ok(types(gen('首页，顶部显示搜索框和消息图标')).includes('search-bar'));
});

test('a clause of only quotes names the section before; 旁边一个“X” is the second button', () => {
  assert.deepEqual(props(gen('购物车。最后两个按钮，“去付款”和“继续逛逛”。'), 'cta'), { text: '去付款', secondary: '继续逛逛' });
  assert.equal(props(gen('首页。搜索框，“搜一搜好物”，下面轮播'), 'search-bar')?.placeholder, '搜一搜好物');
  assert.deepEqual(props(gen('详情页。最底下按钮“马上抢”，旁边一个“收藏”。'), 'cta'), { text: '马上抢', secondary: '收藏' });
});

test('a count in brackets stays in a label; an adverb before any holder\'s verb; 姓名 names a user only with a quote or verb; “我的”页面', () => {
  assert.equal(props(gen('购物车。顶部标题：购物袋(2)，然后商品列表，底部按钮：去结算(2)'), 'cta')?.text, '去结算(2)');
  assert.equal(props(gen('健身首页 顶上一个标题栏就写“练起来” 下面数据统计'), 'topbar')?.title, '练起来');
  assert.equal(props(gen('我的页面：用户信息：头像、姓名“李*华”；菜单'), 'user-info')?.name, '李*华');
  assert.equal((props(gen('支付页 然后乘客信息表单 姓名 身份证号 手机号 然后按钮'), 'form')?.fields as unknown[]).length, 3);
  assert.equal(gen('运动app的“我的”页面，绿色').page.name, 'profile_page');
});

test('on a page whose buttons are a form\'s, a button said after other sections is a button of its own, unless called the submit button', () => {
  assert.deepEqual(types(gen('发布页。表单：标题、图片；然后一段文字，标题“须知”；最后按钮写“发布”')), ['form', 'text', 'cta']);
  const doc = gen('发布页。表单：标题、图片、商品描述；表单的提交按钮写“下一步”');
  assert.equal(props(doc, 'form')?.submit, '下一步');
  assert.equal(props(gen('登录页。表单：手机号、密码，按钮写“进入”'), 'form')?.submit, '进入');
});

test('a quote right after the top word, or a page word after 顶上写, is the top bar\'s title', () => {
  assert.equal(props(gen("书店首页 顶部'旧书集市' 滚动公告'满百包邮'"), 'topbar')?.title, '旧书集市');
  assert.equal(props(gen('零食铺的购物车。顶上写 我的购物车，然后商品卡片一列。'), 'topbar')?.title, '我的购物车');
});

test('a section placed against one said before (卡片上面加个通知条, 顶部下面放一条通知) goes there', () => {
  const doc = gen('购物车页面。顶部标题写购物车。然后商品卡片一列，最下面结算按钮。哦对，卡片上面加个通知条，写“满99包邮”。');
  assert.deepEqual(types(doc), ['topbar', 'notice-bar', 'card-list', 'cta']);
  assert.deepEqual(types(gen('首页。标题栏写“好物”。然后轮播，再下面商品两列。对了，顶部下面放一条公告：“新人礼包”。')), ['topbar', 'notice-bar', 'carousel', 'card-list']);
});

test('a list said again after 就 or 那就 replaces the one before; 导航 alone at the bottom is the tab bar', () => {
  assert.deepEqual(props(gen('消息页。最下面导航栏：首页、发现……发现不要，就首页、消息、我的。'), 'tabbar')?.items, ['home', 'message', 'user']);
  assert.deepEqual(props(gen('首页。最下面放导航：首页、预约、我的……预约没图标？那就 首页、分类、我的 吧。'), 'tabbar')?.items, ['home', 'category', 'user']);
});

test('primary and secondary name a button\'s two labels; a label before a quoted value is no part of it; more IME slips', () => {
  assert.deepEqual(props(gen('文章页。cta: primary “订阅”, secondary “分享”'), 'cta'), { text: '订阅', secondary: '分享' });
  assert.equal(props(gen('文章页。一个 notice-bar 温馨提示：“内容仅供参考”；然后作者卡片'), 'notice-bar')?.text, '内容仅供参考');
  assert.equal(gen('确认定单页 简约风：收获地址、商品列表').page.name, 'checkout_page');
});

test('words for what a section lets people do: 能搜, 一格一格, 轮着放, 一条条, 一行行', () => {
  assert.ok(types(gen('水果店首页，上面能搜，下面一格一格的分类')).includes('search-bar'));
  assert.ok(types(gen('水果店首页，上面能搜，下面一格一格的分类')).includes('grid-menu'));
  assert.ok(types(gen('民宿详情，上面轮着放房间照片')).includes('carousel'));
  assert.ok(types(gen('新闻首页，下面一条条新闻')).includes('list'));
  assert.ok(types(gen('我的页面，头像昵称，再往下一行行的入口')).includes('menu-list'));
});

test('一块大字 is a banner; a quote alone at the bottom is the button, unless two are named; 能 before a bottom label goes', () => {
  assert.deepEqual(props(gen('健身首页。上面一块大字写“动起来”，小字写“新人免费”，下面数据'), 'banner'), { title: '动起来', subtitle: '新人免费' });
  assert.equal(props(gen('二手详情，价格1280，最下面一个“想要”。'), 'cta')?.text, '想要');
  assert.deepEqual(props(gen('闲置详情；底部“我想要”和“聊一聊”两个按钮'), 'cta'), { text: '我想要', secondary: '聊一聊' });
  assert.equal(props(gen('蛋糕详情。图片轮播3张，价格写168，底部能加入购物车。'), 'cta')?.text, '加入购物车');
});

test('能切换 X和Y names tabs, or the tab bar when the labels are its icons or it sits at the bottom; 两列水果 is a card list', () => {
  assert.deepEqual(props(gen('书店首页，先看几张活动图轮着放，然后能切换“新书”和“二手”，下面书两列'), 'tabs')?.items, ['新书', '二手']);
  assert.deepEqual(props(gen('水果店首页，上面能搜，最下面一排能切换首页、购物车和我的。'), 'tabbar')?.items, ['home', 'cart', 'user']);
  assert.deepEqual(props(gen('水果店首页，上面能搜，再往下是两列水果'), 'card-list')?.columns, 2);
});

test('按X、Y来筛 names filters, 能填X、Y names a form; 搜X的页面 is a search page; a 按钮 or 填写区 is none of these', () => {
  assert.deepEqual(props(gen('招聘搜索结果。顶上能搜职位，下面能按城市、学历、经验来筛，结果一条一条往下排'), 'filters')?.items, ['城市', '学历', '经验']);
  assert.deepEqual((props(gen('发布活动，要填活动名称、日期、地点，底下按钮“发布活动”。'), 'form')?.fields as Array<{ label: string }>).map((f) => f.label), ['活动名称', '日期', '地点']);
  assert.equal(gen('搜菜谱的页面，橙色。下面一条条菜谱').page.name, 'search_page');
  assert.ok(!types(gen('商品搜索页，顶部分享按钮/之后是搜索/筛选条件')).includes('form'));
  assert.equal((props(gen('登录页，填写区（手机号、验证码）'), 'form')?.fields as unknown[]).length, 2);
});

test('a section put against another anywhere in its clause (公告放价格下面：“X”, 放在筛选上面); 图3张; N个入口; two labels stay a button', () => {
  const doc = gen('详情页\n轮播3张\n价格99\n公告条放价格下面：“明天发货”\n保障：包邮、运费险');
  assert.deepEqual(types(doc), ['carousel', 'price', 'notice-bar', 'proof']);
  assert.equal(props(doc, 'notice-bar')?.text, '明天发货');
  assert.deepEqual(types(gen('搜索页；搜索栏；筛选：距离、评分；店铺卡单列；再加个公告条，放在筛选上面：“新店入驻”')), ['search-bar', 'notice-bar', 'filters', 'card-list']);
  assert.equal(props(gen('闲置详情，顶部返回；图4张；价格680'), 'carousel')?.count, 4);
  assert.ok(types(gen('旅游搜索页\n搜索栏\n热门城市8个入口')).includes('grid-menu'));
  assert.deepEqual(props(gen('注册页\n表单：昵称、手机号\n“注册”和“去登录”两个按钮'), 'cta'), { text: '去登录', secondary: '注册' });
});

test('a note on an input box in brackets (输入框（多行）) is no field', () => {
  assert.deepEqual(props(gen('发帖页：正文输入框（多行），提交写“发布”'), 'form')?.fields, [{ label: '正文', type: 'textarea' }]);
});

test('items set off by spaces after a list word and a colon (筛选：价格 评分 距离); a section word ending a longer label stays in it', () => {
  assert.deepEqual(props(gen('旅游搜索页 筛选：价格 评分 距离 tab：景点｜酒店'), 'filters')?.items, ['价格', '评分', '距离']);
  const grid = props(gen('挂号首页 宫格菜单6个：预约挂号 科室导航 在线问诊 报告查询 住院服务 体检 底部tab 首页 我的'), 'grid-menu')?.items as Array<{ label: string }>;
  assert.deepEqual(grid.map((x) => x.label), ['预约挂号', '科室导航', '在线问诊', '报告查询', '住院服务', '体检']);
});

test('numbers after a semicolon mark a spec\'s parts; a short name before a colon in a list is no item; 跟 inside a step stays', () => {
  const doc = gen('详情页。从上到下：1. 顶部返回；2. 图片轮播，5张；3. 价格区，日租金 688 元；4. 服务保障：免押金、随时取消；5. 底部按钮“预订”');
  assert.equal(props(doc, 'price')?.value, 688);
  assert.deepEqual(props(doc, 'proof')?.items, ['免押金', '随时取消']);
  assert.deepEqual(props(gen('菜谱搜索页。下面用tab展示热门分类：家常菜、烘焙、汤羹'), 'tabs')?.items, ['家常菜', '烘焙', '汤羹']);
  assert.deepEqual(props(gen('文章页。步骤条：精听、跟读、复述'), 'steps')?.items, ['精听', '跟读', '复述']);
});

test('icons set off by spaces after 底部 are a tab bar; English prop names (active, original, style, N items); 聊天列表 keeps its style as the page word', () => {
  assert.deepEqual(props(gen('医院 我的 页面 菜单：就诊人管理 缴费记录 底部 首页 消息 我的'), 'tabbar')?.items, ['home', 'message', 'user']);
  assert.deepEqual(props(gen('社区 聊天列表 底部：首页 发现 消息 我的'), 'tabbar')?.items, ['home', 'category', 'message', 'user'], '发现 names no icon: it takes a spare one');
  assert.equal(props(gen('社区 紫色 聊天列表'), 'list')?.style, 'chat');
  const doc = gen('交友消息页。list style 用 chat，6 items；price 680，original 880');
  assert.equal(props(doc, 'list')?.style, 'chat');
  assert.equal((props(doc, 'list')?.items as unknown[]).length, 6);
  assert.equal(props(doc, 'price')?.original, 880);
});

test('lettered spec lines, 入口 and 表示 before a list\'s colon, 是 after 再下面 names no items, a quoted label keeps its slash', () => {
  assert.deepEqual(props(gen('结算页：\na. 顶部标题“确认订单”\nb. 服务保障：“坏果包赔”“次日达”\nc. 底部按钮“提交订单”'), 'proof')?.items, ['坏果包赔', '次日达']);
  const doc = gen('学习首页。banner下面放4个宫格入口：单词、听力、口语、阅读；再下面是“今日任务”，用步骤条表示：热身、跟读、测验');
  assert.deepEqual((props(doc, 'grid-menu')?.items as Array<{ label: string }>).map((x) => x.label), ['单词', '听力', '口语', '阅读']);
  assert.deepEqual(props(doc, 'steps')?.items, ['热身', '跟读', '测验']);
  assert.equal(props(gen('登录页。登录表单：手机号、验证码，表单按钮写“登录/注册”'), 'form')?.submit, '登录/注册');
});

test('rent, fares and fees are prices', () => {
  assert.equal(props(gen('房源详情 图片轮播 月租3500 房东信息'), 'price')?.value, 3500);
  assert.equal(props(gen('挂号支付页 挂号费 50元 按钮“确认支付”'), 'price')?.value, 50);
});

test('一条提示“X” is a notice; a chat said as 一问一答 is a chat-style list', () => {
  assert.equal(props(gen('消息页。顶上一条提示“开启通知”，下面消息一条条。'), 'notice-bar')?.text, '开启通知');
  assert.equal(props(gen('搜索页 下面一条提示栏：“谨防受骗”，结果两列商品'), 'notice-bar')?.text, '谨防受骗');
  assert.equal(props(gen('客服聊天，最上面写“在线客服”，中间一问一答。'), 'list')?.style, 'chat');
});

test('哦不对 before a list said again, with its count, replaces it', () => {
  assert.deepEqual(props(gen('消息页。然后有两个tab：私信、通知。哦不对，三个：私信、通知、互动。下面聊天列表'), 'tabs')?.items, ['私信', '通知', '互动']);
});

test('a count above the entries named fills up with usual ones; quoted badges after 保障; 推荐 as a tab; a page inside 就是…页', () => {
  const grid = props(gen('医院首页。然后是6个宫格入口（预约挂号、报告查询之类的）'), 'grid-menu')?.items as Array<{ label: string }>;
  assert.equal(grid.length, 6);
  assert.deepEqual(grid.slice(0, 2).map((x) => x.label), ['预约挂号', '报告查询']);
  assert.deepEqual(props(gen('租车支付页。服务保障“免押金”“不限里程”。'), 'proof')?.items, ['免押金', '不限里程']);
  assert.deepEqual(props(gen('交友首页，顶部tab 推荐/附近/同城，下面两列用户卡片'), 'tabs')?.items, ['推荐', '附近', '同城']);
  assert.equal(gen('问题上报页面（就是个发布页），蓝色').page.name, 'publish_page');
});

test('a remark on an entry\'s limits in brackets (最多9张) is read past', () => {
  assert.equal((props(gen('发布页：表单字段：图片（最多6张）、标题、描述；提交按钮“发布”'), 'form')?.fields as unknown[]).length, 3);
});

test('一排入口 is a grid; menu list is a menu; a bracket of counts between a list word and its colon', () => {
  assert.equal((props(gen('团购首页。然后一排入口：蔬菜、水果、零食，3个；接一条公告'), 'grid-menu')?.items as unknown[]).length, 3);
  assert.equal((props(gen('设置页 menu list: 账号安全 隐私 清除缓存 退出登录按钮'), 'menu-list')?.items as unknown[]).length, 3);
  assert.equal((props(gen('客服聊天：快捷问题宫格（4列）：查物流、退换货、发票、人工客服；下面聊天记录'), 'grid-menu')?.items as unknown[]).length, 4);
});

test('用户卡片 with its columns after it is a card list; 有 glued into a short label; quoted labels side by side; 分类切换', () => {
  assert.deepEqual(props(gen('搜用户的结果页 用户卡片1列 x6'), 'card-list'), { columns: 1, card: { type: 'user-card' }, count: 6 });
  assert.deepEqual(props(gen('生鲜购物车；tab：全部/有货/降价；商品卡单列'), 'tabs')?.items, ['全部', '有货', '降价']);
  assert.deepEqual(props(gen('搜人的页面，上面能搜，能在“用户”“群组”之间切换'), 'tabs')?.items, ['用户', '群组']);
  assert.deepEqual(props(gen('我的订单\n模块一：分类切换：全部、待出行、已完成'), 'tabs')?.items, ['全部', '待出行', '已完成']);
});

test('a list counted per row is a card list', () => {
  assert.deepEqual(props(gen('二手书搜索结果 搜索 然后结果列表一行一个'), 'card-list')?.columns, 1);
});

test('page types from openings (cart …, settings …, 机票订单 …), a details page about news, a page for publishing something', () => {
  assert.equal(gen('cart 科技紫 商品列表 结算按钮').page.name, 'cart_page');
  assert.equal(gen('settings 深蓝 菜单x6').page.name, 'settings_page');
  assert.equal(gen('机票订单 银白 订单list x3').page.name, 'order_page');
  assert.equal(gen('看新闻那个详情页 上面banner').page.name, 'article_page');
  assert.equal(gen('房东发布房源的页面。步骤条：基本信息、租金设置').page.name, 'publish_page');
  assert.equal(gen('首页，底部导航：首页、消息、我的').page.name, 'home_page');
});

test('一段X and X文字 are texts, unless 文字 is a bar\'s look (图标加文字)', () => {
  assert.ok(types(gen('老师的个人主页：头像、名字，然后一段自我介绍，再把课两列排出来')).includes('text'));
  assert.deepEqual(props(gen('发帖页面\n发帖须知文字，标题写“社区规范”'), 'text'), { title: '社区规范' });
  assert.ok(!types(gen('我的页面，底部tab，图标加文字')).includes('text'));
});

test('spoken corrections: a count taken back, an entry dropped, renamed or added with the new count', () => {
  assert.equal(props(gen('商品详情，上面大图轮播，五张……哦不对，放六张，下面价格'), 'carousel')?.count, 6);
  assert.equal(props(gen('搜索页，结果两列……不，三列吧'), 'card-list')?.columns, 3);
  assert.deepEqual((props(gen('我的页面，菜单：钱包、卡券、客服、关于……呃，关于不要了，就前面三个'), 'menu-list')?.items as Array<{ label: string }>).map((i) => i.label), ['钱包', '卡券', '客服']);
  assert.deepEqual(props(gen('订单页，标签：全部、进行中、退款……退款改成“售后”，然后订单卡片一列'), 'tabs')?.items, ['全部', '进行中', '售后']);
  assert.equal((props(gen('注册页，表单：昵称、手机号、密码，三个……哦邮箱也要，四个。下面按钮注册'), 'form')?.fields as unknown[]).length, 4);
  assert.deepEqual(props(gen('消息页，标签：私信、评论，嗯还有点赞，一共三个'), 'tabs')?.items, ['私信', '评论', '点赞']);
  // A section said after a list, with a count of its own, is not one more entry.
  assert.deepEqual(props(gen('首页，标签：推荐、关注，还有一个轮播，三张'), 'tabs')?.items, ['推荐', '关注']);
  // Nothing is dropped that was not an entry before.
  assert.equal(normalise('搜索页，图片不要太大').raw, '搜索页，图片不要太大');
});

test('sections said by how they look: numbers in a row, small icons, switching, the bottom row, pictures to swipe', () => {
  assert.deepEqual((props(gen('我的页面。下面单独一块显示两个数：余额、积分。'), 'stats')?.items as Array<{ label: string }>).map((i) => i.label), ['余额', '积分']);
  assert.equal((props(gen('首页，中间一排圆圆的小图标：签到、抽奖、充值'), 'grid-menu')?.items as unknown[]).length, 3);
  assert.deepEqual(props(gen('订单页，上面切换：全部、待使用、已过期，下面订单一条一条'), 'tabs')?.items, ['全部', '待使用', '已过期']);
  assert.deepEqual(props(gen('订单页，然后 全部/待发货/已签收 三个切换'), 'tabs')?.items, ['全部', '待发货', '已签收']);
  assert.deepEqual(props(gen('个人中心，最底下固定几个按钮：首页、消息、我的'), 'tabbar')?.items, ['home', 'message', 'user']);
  assert.deepEqual(props(gen('个人中心，底部 首页 分类 我的 三个按钮'), 'tabbar')?.items, ['home', 'category', 'user']);
  assert.equal(props(gen('民宿详情页，上面是院子的照片能划着看，7张，下面价格'), 'carousel')?.count, 7);
  assert.equal(props(gen('花店首页，最上面一条写着店名「花间集」，下面商品两列'), 'topbar')?.title, '花间集');
  assert.equal(props(gen('搜索页，顶部搜索框，框里灰字写“搜歌名”'), 'search-bar')?.placeholder, '搜歌名');
  assert.equal(props(gen('详情页，底部按钮“马上抢”，旁边小一点的“收藏”'), 'cta')?.secondary, '收藏');
  // A quote that names the section after it stays that section's: "顶部“春季上新”横幅" is no title.
  assert.ok(!types(gen('首页，顶部“春季上新”横幅，下面商品')).includes('topbar'));
  assert.equal((props(gen('报名页，然后要填的：姓名、学校、年级'), 'form')?.fields as unknown[]).length, 3);
  assert.equal(props(gen('借书页，下面一行像通知那样的小字：“逾期将暂停借阅”'), 'notice-bar')?.text, '逾期将暂停借阅');
  assert.deepEqual(props(gen("详情页，价格99，下面几个小标签：'现货''包邮'"), 'proof')?.items, ['现货', '包邮']);
  // A list said before its count and word, where the parser reads it already, is left alone.
  assert.deepEqual(props(gen('订单页，待付款、待收货、已完成3个tab'), 'tabs')?.items, ['待付款', '待收货', '已完成']);
});

test('designers\' words: 底tab, 吸底, 数据看板, 亮点标签, KV; 含 glued into a label', () => {
  assert.deepEqual(props(gen('商城首页；双列流商品卡；底tab：首页/购物车/我的'), 'tabbar')?.items, ['home', 'cart', 'user']);
  assert.equal(props(gen('课程详情，价格199，吸底按钮“立即报名”'), 'cta')?.text, '立即报名');
  assert.equal((props(gen('跑步主页：头部个人信息卡；数据看板：里程、时长、配速'), 'stats')?.items as unknown[]).length, 3);
  assert.deepEqual(props(gen('民宿详情页：亮点标签：近海边、含早餐、可做饭'), 'proof')?.items, ['近海边', '含早餐', '可做饭']);
  assert.equal(props(gen('活动首页：KV通栏，标题“夏日狂欢”'), 'banner')?.title, '夏日狂欢');
  // A badge on a card is a detail of the card, not a section.
  assert.ok(!types(gen('搜索结果，商品两列，带销量角标')).includes('proof'));
});

test('a list word, a space, then entries joined by arrows or slashes; the current step in brackets; 吸顶tab, 权益标签, 一行提示条', () => {
  assert.deepEqual(props(gen('开户页：进度条 填写资料→人脸识别→开户成功；表单：姓名'), 'steps')?.items, ['填写资料', '人脸识别', '开户成功']);
  assert.deepEqual(props(gen('活动详情：tab 介绍/评论；正文'), 'tabs')?.items, ['介绍', '评论']);
  assert.equal(props(gen('注册页：步骤条：验证、设置、完成（当前第二步）'), 'steps')?.active, 1);
  assert.deepEqual(props(gen('资讯首页，吸顶tab：推荐、财经、体育'), 'tabs')?.items, ['推荐', '财经', '体育']);
  assert.deepEqual(props(gen('会员支付页：权益标签：免广告、高清'), 'proof')?.items, ['免广告', '高清']);
  assert.equal(props(gen('购物车：商品列表；一行提示条“再买10元包邮”'), 'notice-bar')?.text, '再买10元包邮');
  // "tab bar（…/…）" is the tab bar's word and its icons, not tabs.
  assert.ok(types(gen('我的页面 数据统计 tab bar（首页/消息/我的）')).includes('tabbar'));
});

test('things shown so many to a row are cards; bubbles are a chat; big type with an amount is the price; a title before the body', () => {
  assert.deepEqual(props(gen('我的主页。上面头像昵称。然后作品一行三个。'), 'card-list')?.columns, 3);
  assert.equal(props(gen('客服页面，一个一个气泡'), 'list')?.style, 'chat');
  assert.equal(props(gen('群聊页。然后聊天记录，左右气泡那种。'), 'list')?.style, 'chat');
  assert.equal(props(gen('收银台。中间大字显示要付的钱：¥66。按钮“支付”'), 'price')?.value, 66);
  assert.equal(props(gen('文章页。然后标题“夜跑装备清单”和正文。'), 'text')?.title, '夜跑装备清单');
  // A setting glued to a style word ("夜间模式") is still a label.
  assert.equal((props(gen('设置页，选项：夜间模式、字体大小'), 'menu-list')?.items as unknown[]).length, 2);
  // The body's own text after it stays the parser's to read.
  assert.equal(props(gen('文章页，一段说明，标题“早餐”，正文写“三种做法”'), 'text')?.title, '早餐');
});

test('a value after its key, a verb and a space, to the end of the clause', () => {
  assert.equal(props(gen('搜索页。最上面一个搜索框，提示写 搜索菜名，下面结果两列'), 'search-bar')?.placeholder, '搜索菜名');
  assert.equal(props(gen('我的页面。上面头像和名字，名字就显示 小林同学。下面菜单'), 'user-info')?.name, '小林同学');
});

test('the top bar by its sides: one icon put at a side is its action', () => {
  assert.deepEqual(props(gen('订单页。最上面标题“我的订单”，右边放个搜索。然后订单列表'), 'topbar')?.actions, ['search']);
  assert.deepEqual(props(gen('详情页。最上面呢，就是左边返回，右边分享。然后价格'), 'topbar')?.actions, ['back', 'share']);
  // A list of icons after the side stays a list.
  assert.deepEqual(props(gen('消息页，头部右上角放设置,购物车，下面消息列表'), 'topbar')?.actions, ['settings', 'cart']);
});

test('cells, lines and numbers said as what the page lets people see', () => {
  assert.equal((props(gen('我的页面，下面一格一格的功能：签到、客服、钱包'), 'grid-menu')?.items as unknown[]).length, 3);
  assert.equal((props(gen('我的页面：头像昵称，下面一行行的收藏、足迹、设置'), 'menu-list')?.items as unknown[]).length, 3);
  assert.equal(props(gen('发帖页面，顶上提醒一句“不要发广告”，下面表单'), 'notice-bar')?.text, '不要发广告');
  assert.deepEqual(props(gen('订单页，只要上面切换全部、待评价，下面订单'), 'tabs')?.items, ['全部', '待评价']);
  assert.deepEqual(props(gen('订单列表，下面按“待付款”“已完成”分开看'), 'tabs')?.items, ['待付款', '已完成']);
  assert.equal((props(gen('我的订单，上面一排数字显示待付款3、待收货1'), 'stats')?.items as unknown[]).length, 2);
  assert.equal((props(gen('我的页面，中间单独一块显示步数、里程、时长三个数'), 'stats')?.items as unknown[]).length, 3);
  assert.ok(types(gen('订单页，下面一个个订单')).includes('list'));
  // Not these: "做一个个人中心", "最下面切换账号、退出登录两个按钮".
  assert.ok(!types(gen('做一个个人中心，蓝色')).includes('list'));
  assert.ok(!types(gen('设置页，菜单，最下面切换账号、退出登录两个按钮')).includes('tabs'));
});

test('figures with a unit after the number keep it as their value, spaced or not', () => {
  assert.deepEqual(props(gen('我的页面。数据栏：累计跑步 328km、本月打卡 22天、消耗 1.2万千卡'), 'stats')?.items, [
    { label: '累计跑步', value: '328km' },
    { label: '本月打卡', value: '22天' },
    { label: '消耗', value: '1.2万千卡' },
  ]);
  assert.deepEqual(props(gen('我的页面，stats：已学课程 12、证书 2'), 'stats')?.items, [{ label: '已学课程', value: 12 }, { label: '证书', value: 2 }]);
  // The stats word after the figures is not their unit.
  assert.equal((props(gen('文章详情，粉丝789，阅读5.6万数据卡片'), 'stats')?.items as unknown[]).length, 2);
});

test('English page names, a price word among filter keys, a settings list as a menu, tight entries before N个tab, 提示 after a notice', () => {
  assert.equal(gen('美妆 search result page，粉色，filter：综合、价格').page.name, 'search_page');
  assert.deepEqual(props(gen('租房搜索页。筛选：区域、租金、户型'), 'filters')?.items, ['区域', '租金', '户型']);
  assert.equal((props(gen('设置页 | 列表：语言、深色模式、关于'), 'menu-list')?.items as unknown[]).length, 3);
  // Elsewhere a list stays a list.
  assert.ok(types(gen('订单页，然后列表：订单一、订单二')).includes('list'));
  assert.deepEqual(props(gen('消息页 银白 顶部标题“消息” 通知/私信 两个tab 下面会话列表'), 'tabs')?.items, ['通知', '私信']);
  assert.equal(props(gen('设置页。一个 notice bar 提示“新版本已发布”'), 'notice-bar')?.text, '新版本已发布');
});

test('a value said again replaces the first; an entry added in quotes', () => {
  assert.equal(props(gen('发布页，表单：标题、正文，按钮写“提交”，嗯，改成“发出去”'), 'form')?.submit, '发出去');
  assert.equal(props(gen('详情页，价格：日租180……等一下，写成每天160吧'), 'price')?.value, 160);
  assert.deepEqual(props(gen('搜索页，筛选：距离、评分，嗯，再加个“营业中”，三个'), 'filters')?.items, ['距离', '评分', '营业中']);
  // Two values named one after the other stay two.
  assert.equal(props(gen('首页，横幅，标题“夏日”，副标题“清凉”'), 'banner')?.subtitle, '清凉');
});

test('a list renamed on the way ends where the cut clause stood', () => {
  const doc = gen('设置页，菜单：检查更新、关于我们、账号与安全，哦不对，账号与安全改成“通用”以及退出登录、保存两个按钮');
  assert.deepEqual((props(doc, 'menu-list')?.items as Array<{ label: string }>).map((i) => i.label), ['检查更新', '关于我们', '通用']);
  assert.ok(types(doc).includes('cta'));
  assert.equal(props(gen('购物车，按钮写着“全选”，嗯，还是写“去结算”'), 'cta')?.text, '去结算');
  // The closing mark of an earlier value does not open the one taken back.
  assert.equal(props(gen('详情页，店铺，店名用"小林"；按钮写“抢购”……不对，换成“购买”'), 'seller')?.name, '小林');
});

test('steps joined by arrows stay steps, whatever words they hold; the last ends at a joiner', () => {
  assert.deepEqual(props(gen('注册页\n步骤：填写邮箱 → 设置密码 → 完成\n表单：邮箱'), 'steps')?.items, ['填写邮箱', '设置密码', '完成']);
  assert.deepEqual(props(gen('发布页，最上面有个进度提示：填写信息 → 预览 → 发布；然后表单'), 'steps')?.items, ['填写信息', '预览', '发布']);
  const doc = gen('订单页，上面是流程显示已下单>已发货>已签收还有底部tabbar');
  assert.deepEqual(props(doc, 'steps')?.items, ['已下单', '已发货', '已签收']);
  assert.ok(types(doc).includes('tabbar'));
  assert.equal(props(gen('结算页：优惠提示条“已减10元”；合计38'), 'notice-bar')?.text, '已减10元');
});

test('a price word between joiners is a form field; 下拉选 is a type note', () => {
  const fields = props(gen('出租发布页，表单：小区名称、户型（下拉选）、面积、月租金、房源照片，共5项'), 'form')?.fields as Array<{ label: string }>;
  assert.deepEqual(fields.map((f) => f.label), ['小区名称', '户型', '面积', '月租金', '房源照片']);
  // A price said after the form, in a clause of its own, is still the price section.
  assert.ok(types(gen('结算页，表单：收货人、电话，月租金2800')).includes('price'));
});

test('the top bar\'s icons said before its title, and the title called a name', () => {
  assert.equal(props(gen('聊天页\n顶部返回，标题“阿青”\n聊天记录'), 'topbar')?.title, '阿青');
  assert.equal(props(gen('聊天页：顶部返回+卖家昵称“老周”；聊天记录'), 'topbar')?.title, '老周');
  assert.equal(props(gen('群聊页：头部群名“跑团(32)”，右上角更多'), 'topbar')?.title, '跑团(32)');
  assert.deepEqual(props(gen('订单列表\n1. 顶部：我的预约 + 搜索按钮\n2. 订单卡片'), 'topbar'), { title: '我的预约', actions: ['search'] });
  // A title with a section's word before it is that section's.
  assert.notEqual(props(gen('我的页面，顶部返回+广告位标题：“年货节”+个人信息'), 'topbar')?.title, '年货节');
});

test('the top bar\'s word, then nothing but icons, lists its actions', () => {
  assert.deepEqual(props(gen('文章详情\n模块一 顶部栏：返回、分享、更多\n模块二 正文'), 'topbar')?.actions, ['back', 'share', 'more']);
  assert.deepEqual(props(gen('详情页 header back/share/more; 轮播'), 'topbar')?.actions, ['back', 'share', 'more']);
  assert.deepEqual(props(gen('消息页\n顶部标题“消息”，右上角+号\n会话列表'), 'topbar')?.actions, ['plus']);
});

test('the tabs\' word then their entries after a space, a comma or 分; entries of a kind said with 入口 are a grid', () => {
  assert.deepEqual(props(gen('购物车：tabs 全部商品 / 降价商品；1列商品卡'), 'tabs')?.items, ['全部商品', '降价商品']);
  assert.deepEqual(props(gen('社交首页。然后tab，关注、同城，默认同城。'), 'tabs')?.items, ['关注', '同城']);
  assert.deepEqual(props(gen('新闻首页。下面是频道切换：推荐、财经。接着轮播'), 'tabs')?.items, ['推荐', '财经']);
  assert.equal((props(gen('美妆首页\n品牌入口一行4个，共8个\n商品两列'), 'grid-menu')?.items as unknown[]).length, 8);
  // Not "tab bar有…" nor "tabs模块、中间放列表".
  assert.ok(!types(gen('首页 标题栏 tab bar有首页、搜索、我的')).includes('tabs'));
});

test('the user\'s figures said after the user: after a plus, after 写着, spaced with slashes, inside brackets', () => {
  const stats = (s: string) => props(gen(s), 'user-info')?.stats;
  assert.deepEqual(stats('个人中心 用户信息（头像+昵称“小麦”+关注/粉丝/获赞）→ 菜单：设置'), ['关注', '粉丝', '获赞']);
  assert.deepEqual(stats('我的页面。上面是头像、昵称“阿禾”，下面写着关注、粉丝；下面两列卡片'), ['关注', '粉丝']);
  assert.deepEqual(stats('我的页面\n模块一：用户信息，头像+昵称“阿禾”，下面显示 获赞/访客\n模块二：菜单'), ['获赞', '访客']);
  // A figure that is a section's word too (作品) stays a figure.
  assert.deepEqual(stats('我的页面，头像昵称“阿禾”，下面显示获赞、作品'), ['获赞', '作品']);
});

test('in terse text a section\'s value after its word, a verb and a space runs to the next space', () => {
  assert.equal(props(gen('闲置发布 黑金 然后一个小提示条 写 不要发违禁品 然后表单 图片 标题'), 'notice-bar')?.text, '不要发违禁品');
  assert.equal(props(gen('设置页 然后菜单列表 然后退出按钮 写 退出这个账号'), 'cta')?.text, '退出这个账号');
});

test('shops listed one to a row are shop cards', () => {
  assert.deepEqual(props(gen('外卖首页，然后附近商家，一家一行'), 'card-list'), { columns: 1, card: { type: 'shop-card' } });
  assert.deepEqual(props(gen('外卖首页 上面搜索 然后商家列表 一行一个店'), 'card-list'), { columns: 1, card: { type: 'shop-card' } });
});

test('fields said with spaces before their count and 框 in terse text', () => {
  const labels = (s: string) => (props(gen(s), 'form')?.fields as Array<{ label: string }>).map((f) => f.label);
  assert.deepEqual(labels('登录页 简约 上面logo 然后手机号 密码两个框 登录按钮'), ['手机号', '密码']);
  assert.deepEqual(labels('发帖页 就标题 正文 加图片 三个输入 顶部有返回'), ['标题', '正文', '图片']);
  // Joined ones the parser reads as before.
  assert.deepEqual(labels('注册页，另外昵称/手机号/密码3个输入框'), ['昵称', '手机号', '密码']);
});

test('a name at the top after 顶部 and a colon, quoted or alone on its spec line', () => {
  assert.equal(props(gen('培训首页\n1. 顶部：机构名“启航编程”\n2. 公告条：“报名享8折”'), 'topbar')?.title, '启航编程');
  assert.equal(props(gen('课程购买页\n1. 顶部：核对订单\n2. 课程卡片（单列）'), 'topbar')?.title, '核对订单');
  assert.equal(props(gen('甜品店首页，要粉粉的～上面是店名「小满烘焙」。下面商品两列'), 'topbar')?.title, '小满烘焙');
  // Icons after the colon stay the bar's icons.
  assert.deepEqual(props(gen('详情页\n1. 顶部：返回、分享\n2. 轮播'), 'topbar')?.actions, ['back', 'share']);
});

test('a settings or profile page\'s entries in two groups are two menus', () => {
  const menus = (s: string) => gen(s).page.sections.filter((x) => x.type === 'menu-list').map((x) => (x.props as { items: Array<{ label: string }> }).items.map((i) => i.label));
  assert.deepEqual(menus('设置页。第一组：账号与安全、隐私设置；第二组：关于我们、帮助与反馈'), [['账号与安全', '隐私设置'], ['关于我们', '帮助与反馈']]);
  assert.deepEqual(menus('个人中心，头像昵称，下面菜单：我的订单、我的收藏；再来一组菜单：客服、设置'), [['我的订单', '我的收藏'], ['客服', '设置']]);
  assert.deepEqual(menus('我的页面，菜单：订单/收藏/地址，另一组：客服/设置'), [['订单', '收藏', '地址'], ['客服', '设置']]);
  // One menu said once keeps its entries; elsewhere a 组 is no menu.
  assert.deepEqual(menus('设置页，菜单：账号、隐私、通知'), [['账号', '隐私', '通知']]);
  assert.equal(menus('首页，第一组轮播，然后商品两列').length, 0);
});

test('a joiner or taken words right before 按钮 leave the button unlabelled', () => {
  assert.equal(props(gen('设置页，菜单：支付设置和通用还有按钮'), 'cta')?.text, '退出登录');
  assert.deepEqual(props(gen('商品页，加入购物车和立即购买两个按钮'), 'cta'), { text: '立即购买', secondary: '加入购物车' });
});

test('developers\' component names and key=value inside brackets', () => {
  const doc = gen('首页：navbar(标题=鲜果汇, 右侧message) + swiper 3张 + grid 4列 + card-list 两列 + tabbar[home/category/cart/user]');
  assert.deepEqual(doc.page.sections.map((s) => s.type), ['topbar', 'carousel', 'grid-menu', 'card-list', 'tabbar']);
  assert.equal(props(doc, 'topbar')?.title, '鲜果汇');
  assert.equal(props(doc, 'grid-menu')?.columns, 4);
  assert.equal((props(gen('首页 + grid 4列8个入口 + card-list'), 'grid-menu')?.items as unknown[]).length, 8);
  assert.equal((props(gen('设置页：menu-list(通用,修改密码,关于)'), 'menu-list')?.items as unknown[]).length, 3);
  // The page's grid is 栅格.
  assert.equal(gen('首页，栅格 12，轮播').page.layout?.grid, 12);
});

test('in a form\'s clause a hint or remark in brackets after a field is read past', () => {
  const labels = (s: string) => (props(gen(s), 'form')?.fields as Array<{ label: string }>).map((f) => f.label);
  assert.deepEqual(labels('卖二手的发布页。表单：照片（最多6张）、标题（提示：写清楚型号）、描述（说说新旧程度）、价格。'), ['照片', '标题', '描述', '价格']);
  assert.deepEqual(labels('登录页：表单项：手机号（请输入手机号）、验证码（4位数字）'), ['手机号', '验证码']);
  assert.deepEqual(labels('报名页。表单：姓名 / 课程类型（下拉选：编程、美术）/ 电话'), ['姓名', '课程类型', '电话']);
  // An amount in brackets stays a price; a list in brackets stays a list.
  assert.equal(props(gen('详情页：价格（¥299），表单'), 'price')?.value, 299);
  assert.deepEqual(props(gen('搜索页，搜索输入框，标签（数码｜家电｜美妆）'), 'tabs')?.items, ['数码', '家电', '美妆']);
});

test('what a part is shown as names its section', () => {
  assert.deepEqual(props(gen('文章详情页。作者那块用卖家那块：名字“科技老周”，已认证。'), 'seller'), { name: '科技老周', verified: true });
  assert.equal(props(gen('民宿详情页。房东信息做成卖家那种卡片：“山间小屋”评分4.8'), 'seller')?.rating, 4.8);
  assert.deepEqual(props(gen('课程详情页，学习路线用步骤条展示：选课、上课、考试'), 'steps')?.items, ['选课', '上课', '考试']);
  // Cards shown so are a list of them.
  assert.deepEqual(props(gen('消息页。tab：私信、评论。私信列表用用户卡片，一列显示。'), 'card-list'), { columns: 1, card: { type: 'user-card' } });
  // A place, a key or a style keeps its words.
  assert.equal(gen('首页，底部用tab导航').page.sections.at(-1)?.type, 'tabbar');
  assert.equal(props(gen('购物车页，商品列表用卡片式'), 'list')?.style, 'card');
});

test('a two-character section word glued to a short word inside a 、 list is a label', () => {
  assert.deepEqual(props(gen('课程页：步骤：需求分析、数据清洗、建模'), 'steps')?.items, ['需求分析', '数据清洗', '建模']);
});

test('after a notice\'s word and a colon, the words to the line\'s end are its text, commas and all', () => {
  assert.equal(props(gen('购物车页\nnotice: 满299减40，今晚截止\nlist 卡片样式'), 'notice-bar')?.text, '满299减40，今晚截止');
  assert.equal(props(gen('消息页；公告：店铺搬迁，暂停营业两天；列表'), 'notice-bar')?.text, '店铺搬迁，暂停营业两天');
  // A part after the comma that names a section or a place is the next section.
  assert.equal(props(gen('首页，公告：新店开业，轮播三张'), 'notice-bar')?.text, '新店开业');
  assert.equal(props(gen('个人页，滚动公告：春节照常发货，最底下头像区域'), 'notice-bar')?.text, '春节照常发货');
});

test('icons by their Latin names after a bar\'s title are its icons; a list\'s style by its Latin name', () => {
  assert.deepEqual(props(gen('订单页 | navbar: 全部订单 back | tabs 全部/待付款'), 'topbar'), { title: '全部订单', actions: ['back'] });
  assert.deepEqual(props(gen('详情页；topbar 标题=阿福 back+share；轮播'), 'topbar'), { title: '阿福', actions: ['back', 'share'] });
  assert.equal(props(gen('消息页；list style=chat'), 'list')?.style, 'chat');
  assert.equal(props(gen('消息页\nlist chat 风格'), 'list')?.style, 'chat');
});

test('terse shop names, one button after a colon, the tabs\' count before their entries, 目前在', () => {
  assert.equal(props(gen('商品详情 价格59 店铺 阿甘杂货 评分4.6 按钮 立即购买'), 'seller')?.name, '阿甘杂货');
  assert.equal(props(gen('详情页，价格 399。按钮就一个：预约到店。'), 'cta')?.text, '预约到店');
  assert.deepEqual(props(gen('外卖搜索页：顶部搜索；tab两个：商家、商品'), 'tabs')?.items, ['商家', '商品']);
  assert.deepEqual(props(gen('搜索页：tab：用户、笔记'), 'tabs')?.items, ['用户', '笔记']);
  assert.equal(props(gen('注册页：步骤条 验证手机→设置密码→完成，目前在第二步。'), 'steps')?.active, 1);
  assert.equal(props(gen('资讯首页，搜索框里写 搜你想看的'), 'search-bar')?.placeholder, '搜你想看的');
  // A list word after the colon still ends the tabs.
  assert.deepEqual(props(gen('首页：tabs：推荐、商品列表'), 'tabs')?.items, ['推荐']);
});

test('a | + or → set off by spaces between two sections separates them; between items it joins', () => {
  const types = (s: string) => gen(s).page.sections.map((x) => x.type);
  assert.deepEqual(types('设置页\nheader | 菜单有通用、隐私 | 按钮'), ['topbar', 'menu-list', 'cta']);
  assert.deepEqual(types('我的页面 | 头像昵称 → 关注、粉丝数据 → 菜单 → tab bar'), ['user-info', 'stats', 'menu-list', 'tabbar']);
  assert.deepEqual(props(gen('详情页；topbar: 小鹿 + back'), 'topbar')?.actions, ['back']);
  assert.deepEqual(props(gen('首页；tabs：推荐 | 关注 | 本地'), 'tabs')?.items, ['推荐', '关注', '本地']);
  // Arrows after a word for steps join the steps, whatever their words.
  assert.deepEqual(props(gen('结算页，流程：购物车 → 确认订单 → 支付'), 'steps')?.items, ['购物车', '确认订单', '支付']);
});

test('labels joined by half-width commas, the last glued to its section\'s word, are one list', () => {
  assert.deepEqual(props(gen('搜索页：搜索框 + 品牌,销量,包邮筛选条件 + 两列商品'), 'filters')?.items, ['品牌', '销量', '包邮']);
  assert.deepEqual((props(gen('个人页，头像昵称，作品,访客,评论数据，菜单'), 'stats')?.items as Array<{ label: string }>).map((i) => i.label), ['作品', '访客', '评论']);
  // Full-width commas end clauses; a one-character word before the section's is no label.
  assert.deepEqual(gen('结算页，字段：发票抬头，地址列表').page.sections.map((x) => x.type), ['form', 'list']);
  assert.equal((props(gen('设置页，选项列表包含语言,黑名单,意见反馈,主按钮'), 'menu-list')?.items as unknown[]).length, 3);
});

test('a quote joined on to the avatar is the name; a notice\'s words after 提示 and a colon; menu entries that are section words', () => {
  assert.equal(props(gen('我的页面。头像+“周*华”。菜单列表：我的银行卡、交易明细'), 'user-info')?.name, '周*华');
  assert.equal(props(gen('登录页。通知栏提示：谨防诈骗，客服不会索要密码。表单：手机号'), 'notice-bar')?.text, '谨防诈骗，客服不会索要密码');
  assert.equal(props(gen('购物车，上面一条提醒条“满59免运费”，然后商品列表'), 'notice-bar')?.text, '满59免运费');
  assert.deepEqual((props(gen('设置页。下面菜单：个人资料、收货地址、关于我们'), 'menu-list')?.items as Array<{ label: string }>).map((i) => i.label), ['个人资料', '收货地址', '关于我们']);
  assert.equal((props(gen('设置页：一组菜单：订单通知、评论与点赞、系统消息'), 'menu-list')?.items as unknown[]).length, 3);
  // A bar's or list's word after a joiner still ends the menu.
  assert.deepEqual(gen('首页，分类入口有电影、美食、直播和底部导航').page.sections.map((s) => s.type), ['grid-menu', 'tabbar']);
});

test('body and nickname are keys, as developers write them', () => {
  assert.equal(props(gen('通知设置页：text 标题“消息提醒” body“关闭后收不到推送”；menu-list'), 'text')?.body, '关闭后收不到推送');
  assert.equal(props(gen('我的页面；user-info nickname“阿泽”'), 'user-info')?.name, '阿泽');
});

test('active=N, as developers write it, is the index counted from 0', () => {
  assert.equal(props(gen('结算页 | steps: 确认订单 > 支付 > 完成, active=1 | price 128'), 'steps')?.active, 1);
  assert.equal(props(gen('订单页 | tabs 全部/待付款/待发货 active=2'), 'tabs')?.active, 2);
  // An ordinal still counts from 1.
  assert.equal(props(gen('订单页，tab：全部、待付款、待发货，默认选中第二个'), 'tabs')?.active, 1);
});

test('a form\'s fields one a bulleted line, each maybe with its type, are its list', () => {
  const labels = (s: string) => (props(gen(s), 'form')?.fields as Array<{ label: string }>).map((f) => f.label);
  assert.deepEqual(labels('发布页\nform:\n  - 封面 (image)\n  - 标题 text\n  - 价格 number\nsubmit: 发布'), ['封面', '标题', '价格']);
  assert.deepEqual(labels('注册页\n表单：\n- 手机号\n- 验证码\n- 密码'), ['手机号', '验证码', '密码']);
});

test('a developer\'s Latin key and its value after a space; a field\'s Latin type after its label', () => {
  assert.equal(props(gen('银行登录页 | form 手机号 + 密码(password)，submit 安全登录'), 'form')?.submit, '安全登录');
  assert.equal(props(gen('招聘搜索：search bar 吸顶（placeholder 搜索职位）→ 筛选'), 'search-bar')?.placeholder, '搜索职位');
  assert.deepEqual((props(gen('注册页：form: 手机号 phone, 验证码 text ; submit 注册'), 'form')?.fields as Array<{ label: string }>).map((f) => f.label), ['手机号', '验证码']);
});

test('a hint naming its choices with slashes, so many entries alone, an amount from (起)', () => {
  assert.equal(props(gen('民宿搜索页。搜索框提示：城市/民宿名/关键词。下面tab：整租、合租'), 'search-bar')?.placeholder, '城市/民宿名/关键词');
  assert.equal((props(gen('团购首页：搜索栏 / 5个入口 / 商品列表2列'), 'grid-menu')?.items as unknown[]).length, 5);
  assert.equal(props(gen('民宿详情页。价格¥299起，原价¥399。'), 'price')?.value, 299);
});

test('一排N个 is so many to a row, as 一行 is', () => {
  assert.equal(props(gen('首页，金刚区一排四个'), 'grid-menu')?.columns, 4);
});

test('a notice\'s text after its colon keeps its spaces, times and commas to the clause\'s end', () => {
  assert.equal(props(gen('搜索页\nnotice: 今晚 20:00 开始 直播抢购\nlist'), 'notice-bar')?.text, '今晚 20:00 开始 直播抢购');
  assert.equal(props(gen('购物车页；notice-bar 库存紧张，请尽快下单；list 3条'), 'notice-bar')?.text, '库存紧张，请尽快下单');
});

test('a text\'s body after body= or 正文: runs to the clause\'s end', () => {
  assert.equal(props(gen('关于页 | text 标题=关于我们 body=营业时间 10:00-22:00 全年无休 | cta 联系我们'), 'text')?.body, '营业时间 10:00-22:00 全年无休');
  assert.equal(props(gen('文章页；text(标题:新手指南, body:注册、下单、支付三步搞定)；cta 开始'), 'text')?.body, '注册、下单、支付三步搞定');
  assert.equal(props(gen('登录页，内容有文本，正文：欢迎回来 最下面输入框'), 'text')?.body, '欢迎回来', 'a place word ends it');
});

test('in a list of figures a value after a space belongs to its label', () => {
  assert.deepEqual(props(gen('店铺首页\nstats：今日订单 36 / 收入 ¥2890.5 / 访客 1200人\nlist'), 'stats')?.items, [
    { label: '今日订单', value: 36 }, { label: '收入', value: '¥2890.5' }, { label: '访客', value: '1200人' },
  ]);
  const menu = gen('个人中心 统计：优惠券、浏览、积分 7项常用功能 底部菜单');
  assert.deepEqual((props(menu, 'stats')?.items as { label: string }[]).map((i) => i.label), ['优惠券', '浏览', '积分'], 'a count of parts is no value');
});

test('in the user card\'s clause, name, avatar and stats are its own', () => {
  const card = gen('个人页 header + user-info (name: 小周, avatar) + stats[余额 20, 积分 300]');
  assert.equal(props(card, 'user-info')?.name, '小周');
  assert.equal(props(card, 'user-info')?.avatar, true);
  assert.equal((props(card, 'stats')?.items as unknown[]).length, 2);
  const author = gen('文章详情\nuser-info: 作者 LeoChen, avatar, stats 文章/关注\ntext 正文');
  assert.equal(props(author, 'user-info')?.name, 'LeoChen');
  assert.deepEqual(props(author, 'user-info')?.stats, ['文章', '关注']);
});

test('a banner\'s title and subtitle after their keys keep their spaces', () => {
  const doc = gen('活动页; banner: 标题 秋季上新 全场五折 / 副标题 仅限三天 先到先得; cta 去看看');
  assert.equal(props(doc, 'banner')?.title, '秋季上新 全场五折');
  assert.equal(props(doc, 'banner')?.subtitle, '仅限三天 先到先得');
});

test('the words after a bar\'s Latin name, alone in their clause, are its title', () => {
  assert.equal(props(gen('设置页\n- navbar 账户安全\n- menu-list：修改密码、设备管理'), 'topbar')?.title, '账户安全');
  assert.notEqual(props(gen('购物车页 header 底部再放商品列表'), 'topbar')?.title, '底部再放商品列表');
});

test('a spoken price drops the last unit (六百八 is 680), and common slips of speech input read as meant', () => {
  const doc = gen('民宿详情 然后价格 每晚六百八 原价九百八 然后论播图 四张 然后按钮 立即预订');
  assert.equal(props(doc, 'price')?.value, 680);
  assert.equal(props(doc, 'price')?.original, 980);
  assert.equal(props(doc, 'carousel')?.count, 4);
  assert.equal(props(gen('详情页 价格一百零八 按钮 购买'), 'price')?.value, 108);
});

test('said aloud, a notice\'s words follow 写 after a pause and run to the next one', () => {
  const doc = gen('登录页 上面标题写云端书屋 然后通知 写新会员送七天免费 然后表单 手机号 密码');
  assert.equal(props(doc, 'notice-bar')?.text, '新会员送七天免费');
  assert.equal(props(doc, 'topbar')?.title, '云端书屋');
});

test('said aloud, the words before 不对 go with it, and what follows is meant', () => {
  const doc = gen('我的页面 那个 粉色 不对 绿色 然后菜单列表 设置 关于我们');
  assert.equal(doc.page.theme, 'forest-green');
  assert.equal(gen('消息页 上面标前 不对 tab 私信 评论').page.sections[0]?.type, 'tabs');
});

test('entries that open with a grammar word (未读, 有货) are read whole', () => {
  assert.deepEqual(props(gen('消息页 tab 全部 未读 然后聊天列表'), 'tabs')?.items, ['全部', '未读']);
  assert.deepEqual(props(gen('购物车 然后筛选 全部 有货 降价'), 'filters')?.items, ['全部', '有货', '降价']);
});

test('said aloud, icons named after the top\'s word, each after a pause, are the top bar\'s', () => {
  assert.deepEqual(props(gen('资讯详情页 呃 顶部 返回 分享 然后正文'), 'topbar')?.actions, ['back', 'share']);
  assert.deepEqual(props(gen('我的页面 然后顶部右边 扫一扫和设置 然后用户信息'), 'topbar')?.actions, ['scan', 'settings']);
});

test('a page named in English before 页 or opening the text, or in brackets before 页, is the page', () => {
  assert.equal(gen('message 极简 tab 私信/系统 tabbar 首页/消息/我的').page.name, 'message_page');
  assert.equal(gen('健身 App 的 profile 页，header 用 user-info，menu list：设置、帮助').page.name, 'profile_page');
  assert.equal(gen('音频上传（发布音频）页：表单：标题、简介').page.name, 'publish_page');
  assert.equal(gen('酒店的订单确认（支付）页面，价格 580，按钮 立即支付').page.name, 'checkout_page');
});

test('the home page of an app of some kind is a home page', () => {
  assert.equal(gen('资讯App的首页，顶部标题“早知道”，频道tab：推荐、热点，单列文章卡片').page.name, 'home_page');
});

test('after a form, a button called a cta or stuck to the bottom is a section of its own; a plain one is the submit', () => {
  const dev = gen('发布页\nform: 标题 / 价格\ncta: 下一步');
  assert.equal(props(dev, 'cta')?.text, '下一步');
  assert.equal(props(gen('发帖页：表单：标题、正文；吸底按钮“发布笔记”'), 'cta')?.text, '发布笔记');
  const plain = gen('发布页 表单：标题、价格；底部按钮写立即发布');
  assert.equal(props(plain, 'form')?.submit, '立即发布');
  assert.ok(!types(plain).includes('cta'));
});

test('文字 alone in its clause, after words of place or order, is a text', () => {
  assert.deepEqual(types(gen('文章页 标题栏写晨读 然后文字 然后按钮写收藏')), ['topbar', 'text', 'cta']);
  assert.ok(types(gen('资讯文章。顶部一个banner：夏日穿搭。下面文字。再下面两列商品。')).includes('text'));
});

test('a search page\'s user cards, or user cards counted in columns after a pause, are a card list', () => {
  assert.deepEqual(props(gen('找人的搜索页，顶部搜索框。下面结果是用户卡片，一列的。'), 'card-list')?.card, { type: 'user-card' });
  assert.equal(props(gen('消息页 然后用户卡片 两列 就是推荐好友 然后聊天列表'), 'card-list')?.columns, 2);
});

test('a title at the top with nothing said for it is the top bar; a pause before 写 keeps the value with its word', () => {
  assert.equal(types(gen('购物车 顶部标题 + 商品list + tabbar'))[0], 'topbar');
  assert.equal(props(gen('登录页 顶部标题 写云端书屋 然后表单'), 'topbar')?.title, '云端书屋');
});

test('on a settings page a list of settings is the menu', () => {
  assert.ok(types(gen('设置页：顶部返回；设置项列表：账号与安全、消息通知、关于我们；底部退出登录按钮')).includes('menu-list'));
  assert.ok(types(gen('设置页面 然后通知 写新版本可更新 然后列表 通用设置 隐私设置')).includes('menu-list'));
});

test('a short noun glued before a count of columns is a card list of it', () => {
  assert.equal(props(gen('二手书首页 tab 全部/教材/小说 书2列x6'), 'card-list')?.columns, 2);
  assert.ok(!types(gen('菜谱文章页；食材清单列表：鸡蛋 3个、番茄 2个')).includes('card-list'), '清单列表 holds no count of columns');
  assert.equal(types(gen('首页；grid menu，8个入口分4列；然后feed用2列product card')).filter((t) => t === 'card-list').length, 1);
});

test('more ways people name a page: search pages by their verb, inboxes, submissions, baskets', () => {
  for (const [prompt, page] of [
    ['找房页面，搜索框，筛选', 'search_page'], ['用户搜东西之后看到的页面，上面搜索框', 'search_page'], ['商品检索页，顶部搜索', 'search_page'],
    ['收件箱 列表', 'message_page'], ['投稿页 表单：标题、正文', 'publish_page'], ['购物篮 列表', 'cart_page'],
    ['付款页 价格 按钮', 'checkout_page'], ['帖子详情 正文 评论列表', 'article_page'],
  ] as const) assert.equal(gen(prompt).page.name, page, prompt);
});

test('fields said one after another with pauses after 表单 are its list, up to a button', () => {
  const doc = gen('发布招聘的页面 然后表单 职位名称 薪资 工作地点 下一步按钮');
  assert.deepEqual((props(doc, 'form')?.fields as { label: string }[]).map((f) => f.label), ['职位名称', '薪资', '工作地点']);
  assert.equal(props(doc, 'form')?.submit, '下一步');
});

test('a tab whose label names no icon takes a spare one, so the bar keeps every tab said', () => {
  assert.deepEqual(props(gen('旅行App首页；底部导航：首页、发现、行程、我的'), 'tabbar')?.items, ['home', 'category', 'search', 'user']);
  assert.deepEqual(props(gen('首页；底部导航：首页、消息'), 'tabbar')?.items, ['home', 'message']);
});

test('an entry dropped after the verb (去掉搜索) goes from the list said before', () => {
  assert.deepEqual(props(gen('消息页，底部导航：首页、职位、搜索、消息、我的……哦不对，去掉搜索，就四个。'), 'tabbar')?.items, ['home', 'category', 'message', 'user']);
});

test('a spaced slash before a section ends a list; a tab ending in 的 is a name', () => {
  assert.deepEqual(props(gen('我的订单 / tab：我买到的、我卖出的 / 订单列表（卡片样式）'), 'tabs')?.items, ['我买到的', '我卖出的']);
  assert.deepEqual(props(gen('订单页/tabs 全部、待付款、已完成/订单列表(list)'), 'tabs')?.items, ['全部', '待付款', '已完成']);
  assert.deepEqual(props(gen('详情页，权益标签写假一赔十/正品保证/全国联保'), 'proof')?.items, ['假一赔十', '正品保证', '全国联保'], 'badges joined by slashes stay one list');
});

test('a chat record or bubbles are a list in the chat style', () => {
  assert.equal(props(gen('聊天页面，绿色。中间是聊天记录（气泡那种）'), 'list')?.style, 'chat');
  assert.equal(props(gen('语伴聊天页：顶部对方名字Mia，下面气泡对话'), 'list')?.style, 'chat');
  assert.equal((props(gen('家居小程序的profile页 三条普通列表用聊天气泡样式'), 'list')?.items as unknown[]).length, 3, '聊天气泡样式 is a style');
});

test('a quote said before a notice\'s word, or after one line of 提示, is the notice\'s text', () => {
  assert.equal(props(gen('购物车页。中间是商品。再下面放个“满300减30”的提示条。最底下结算按钮'), 'notice-bar')?.text, '满300减30');
  assert.equal(props(gen('购物车，顶上标题“果篮”；下面一条小提示告诉用户“满59元免配送费”；商品一行一个'), 'notice-bar')?.text, '满59元免配送费');
});

test('icons said with 带 before the bar\'s word, or after its quoted title, are the bar\'s', () => {
  assert.deepEqual(props(gen('资讯详情页。最上面是带返回和分享的顶栏；然后是文章正文'), 'topbar')?.actions, ['back', 'share']);
  const doc = gen('我的订单：\n顶部标题“订单中心”带搜索\ntab：全部、待付款');
  assert.deepEqual(props(doc, 'topbar')?.actions, ['search']);
  assert.ok(!types(doc).includes('search-bar'));
});

test('in a list joined by 、 a slash between two short words after another entry is one entry', () => {
  assert.deepEqual(props(gen('订单页 tabs 全部、待付款、待评价、退款/售后'), 'tabs')?.items, ['全部', '待付款', '待评价', '退款/售后']);
  assert.equal((props(gen('设置页 menu-list：登录密码、支付密码、指纹/面容、设备管理'), 'menu-list')?.items as unknown[]).length, 4);
  assert.deepEqual(props(gen('文章详情页，中间放用户资料卡，带粉丝/优惠券数、说明文字'), 'user-info')?.stats, ['粉丝', '优惠券'], 'at the list\'s start a slash still joins two');
});

test('the top bar\'s title after 就, or spaced after 顶部标题 though it holds a section word', () => {
  assert.equal(props(gen('收藏夹页面，顶部标题就“我的收藏”，右边一个分享'), 'topbar')?.title, '我的收藏');
  assert.equal(props(gen('文章页。顶部标题 公告中心。下面正文'), 'topbar')?.title, '公告中心');
  assert.ok(!types(gen('顶部标题 搜索。下面商品两列')).includes('topbar'), 'a lone section word after the key is that section');
});

test('a word naming both the page and a section, said in the page\'s running order, is also the section', () => {
  const doc = gen('健身房的订单。顶部标题“预约记录”，然后订单列表，最底下导航：首页、我的');
  assert.equal(doc.page.name, 'order_page');
  assert.deepEqual(types(doc), ['topbar', 'list', 'tabbar']);
  assert.ok(types(gen('1. 标题“订单”\n2. 订单列表（卡片样式）\n3. 底部导航：首页、我的')).includes('list'), 'a numbered module');
  assert.deepEqual(types(gen('订单列表页，蓝色')), types(gen('订单页，蓝色')), 'said as the page it is only the page');
});

test('rows listed with no section word (列出…, X一行一个) are a list', () => {
  assert.ok(types(gen('确认页。中间列出买的书，一行一个；底部按钮“付款”')).includes('list'));
  assert.ok(types(gen('购物车，橙色。里面的水果一行一个往下排，底下结算按钮')).includes('list'));
});

test('fields joined into a list with no section word are a form\'s fields, unless the clause lists the section before', () => {
  assert.deepEqual((props(gen('下单页，填收货人、手机号、门牌号，底部按钮“提交”'), 'form')?.fields as { label: string }[]).map((f) => f.label), ['收货人', '手机号', '门牌号']);
  assert.deepEqual((props(gen('登录页，账号+验证码登录'), 'form')?.fields as { label: string }[]).map((f) => f.label), ['账号', '验证码']);
  const doc = gen('确认页。上面是地址表单，包含联系人、手机号两项。');
  assert.equal(types(doc).filter((t) => t === 'form').length, 1);
  assert.equal((props(doc, 'form')?.fields as unknown[]).length, 2);
});

test('a spoken list said again after a take-back replaces the first, with the count said around it', () => {
  const fields = (text: string) => (props(gen(text), 'form')?.fields as { label: string }[]).map((f) => f.label);
  assert.deepEqual(fields('注册页 然后表单 昵称 手机号 邮箱 三个 不对 就两个 昵称 手机号 然后按钮'), ['昵称', '手机号']);
  assert.deepEqual(props(gen('订单页 然后筛选 全部 待付款 已取消 哦不对 是全部 待发货 已完成 然后订单列表'), 'filters')?.items, ['全部', '待发货', '已完成']);
});

test('a slash in a form\'s 、 list joins two names of one field, and a count after the fields is no field', () => {
  const labels = (text: string) => (props(gen(text), 'form')?.fields as { label: string }[]).map((f) => f.label);
  assert.deepEqual(labels('登录页。表单：账号/邮箱、密码、验证码，按钮“登录”'), ['账号/邮箱', '密码', '验证码']);
  assert.deepEqual(labels('报修页。下面填写：报修类型、楼栋/房号、联系电话。'), ['报修类型', '楼栋/房号', '联系电话']);
  assert.deepEqual(labels('发布页 表单 标题 价格 描述 图片 差不多就这4个 然后按钮'), ['标题', '价格', '描述', '图片']);
  assert.deepEqual(labels('发布页。表单：标题、价格、描述，共 3 项；提交按钮“发布”'), ['标题', '价格', '描述']);
});

test('a submitting or saving button right after the form is its submit, even on pages that usually have a button', () => {
  const doc = gen('账号设置页。表单：昵称、简介，提交按钮“保存”');
  assert.equal(props(doc, 'form')?.submit, '保存');
  assert.ok(!types(doc).includes('cta'));
  assert.equal(props(gen('提醒设置页。下面一个表单：提醒时间（选择）、铃声（选择）；保存按钮“保存提醒”'), 'form')?.submit, '保存提醒');
  assert.ok(types(gen('账号设置页。表单：昵称、简介。最下面退出登录按钮')).includes('cta'), 'another button stays a section');
});

test('a form said to have only one box has one field to type in; "一个输入框" alone still names the form', () => {
  const fields = (text: string) => props(gen(text), 'form')?.fields as { type: string }[] | undefined;
  assert.equal(fields('私信页。底部放一个输入表单，只有一个输入框，按钮“发送”')?.length, 1);
  assert.equal(fields('私信页。输入区 form：一个文本框，按钮“发送”')?.length, 1);
  assert.equal(fields('留言页。表单就一个多行文本框，按钮“提交”')?.[0]?.type, 'textarea');
  assert.equal(fields('确认订单页，标题栏显示“小店”，一个输入框，订单列表'), undefined, 'the usual form, as the generator writes it');
});

test('提示 right after a notice\'s word says what the notice says, not a search hint', () => {
  const doc = gen('账户页。然后一个通知条提示“请绑定手机号”，下面是菜单：资料、关于');
  assert.equal(props(doc, 'notice-bar')?.text, '请绑定手机号');
  assert.ok(!types(doc).includes('search-bar'));
  assert.equal(props(gen('搜索页。顶部搜索框提示“搜索商品”'), 'search-bar')?.placeholder, '搜索商品', 'after a search bar it is still the hint');
});

test('in a clause about figures a number after a label and a space is its value; a count after a 、 list is no entry', () => {
  const items = (text: string) => props(gen(text), 'stats')?.items as { label: string; value: unknown }[];
  assert.deepEqual(items('订单页。统计一栏：待付款 3、待收货 1、退款 0。下面订单列表').map((x) => [x.label, x.value]), [['待付款', 3], ['待收货', 1], ['退款', 0]]);
  assert.deepEqual(splitItems('全场比分、投篮命中率、篮板数 3 项', 'stats'), ['全场比分', '投篮命中率', '篮板数']);
});

test('X提示文字 glued to what it is about is a text, not a search bar\'s hint', () => {
  const doc = gen('设置页\n菜单：修改密码、设备管理\n隐私提示文字，标题“隐私小贴士”');
  assert.equal(props(doc, 'text')?.title, '隐私小贴士');
  assert.ok(!types(doc).includes('search-bar'));
  assert.equal(props(gen('搜索页，搜索框提示文字“搜商品”'), 'search-bar')?.placeholder, '搜商品');
});

test('a form listed in the clause after its word takes its fields, key words included, with no verb or count in a label', () => {
  const labels = (text: string) => (props(gen(text), 'form')?.fields as { label: string }[] | undefined)?.map((f) => f.label);
  assert.deepEqual(labels('确认订单页。入住人信息表单，包括姓名、手机号、证件号三项；下面价格 399'), ['姓名', '手机号', '证件号']);
  assert.deepEqual(labels('确认订单页。收件人表单，填姓名、电话；最后按钮“提交”'), ['姓名', '电话']);
  assert.deepEqual(labels('确认订单页。寄件信息用表单，姓名、电话、地址三项。'), ['姓名', '电话', '地址']);
});

test('填写 glued to a step in another section\'s list begins the step; it names no form', () => {
  const doc = gen('开户页。步骤条：填写资料、上传证件、等待审核；下面表单：姓名、手机号');
  assert.deepEqual(props(doc, 'steps')?.items, ['填写资料', '上传证件', '等待审核']);
  assert.deepEqual((props(doc, 'form')?.fields as { label: string }[]).map((f) => f.label), ['姓名', '手机号']);
});

test('"五个一行" sets the columns and leaves the count of entries to what said it', () => {
  const grid = (text: string) => props(gen(text), 'grid-menu') as { items: unknown[]; columns: number };
  assert.deepEqual([grid('首页。宫格菜单，十个入口，五个一行').items.length, grid('首页。宫格菜单，十个入口，五个一行').columns], [10, 5]);
  assert.deepEqual([grid('首页。宫格 8个 每排4个').items.length, grid('首页。宫格 8个 每排4个').columns], [8, 4]);
  assert.deepEqual([grid('首页。宫格，两行四列八个').items.length, grid('首页。宫格，两行四列八个').columns], [8, 4]);
});

test('items joined in a clause of their own right after a section word that ended its clause are that section\'s', () => {
  const labels = (doc: UiDslDocument, type: Section['type']) => (props(doc, type)?.items as Array<string | { label: string }>).map((x) => (typeof x === 'string' ? x : x.label));
  assert.deepEqual(labels(gen('我的页面。订单一栏做成宫格，待付款、待发货、待收货，三个一行'), 'grid-menu'), ['待付款', '待发货', '待收货']);
  assert.deepEqual(labels(gen('资讯首页。然后标签栏放 要闻、体育、财经'), 'tabs'), ['要闻', '体育', '财经']);
  assert.deepEqual(labels(gen('我的页面。菜单列表，我的钱包、历史记录'), 'menu-list'), ['我的钱包', '历史记录']);
  assert.equal(props(gen('我的页面 | user-info 头像+昵称小林 stats 获赞/关注'), 'user-info')?.name, '小林', 'a key there still takes its value');
});

test('a list said again after 等一下 and 改成 with a count, or an entry dropped and replaced, is read as finally meant', () => {
  assert.deepEqual(props(gen('个人页。tab：动态、相册、收藏，等一下，改成两个就行，动态和相册。'), 'tabs')?.items, ['动态', '相册']);
  assert.deepEqual(props(gen('首页。tab放 推荐、同城、直播——不对，直播去掉，换成音乐；下面视频卡片两列'), 'tabs')?.items, ['推荐', '同城', '音乐']);
  assert.deepEqual(props(gen('搜索页。筛选：距离、价格、口味——哦再加一个，下面店铺卡片'), 'filters')?.items, ['距离', '价格', '口味']);
});

test('an amount with thousands separators and cents is one number; bare numbers with commas stay apart', () => {
  const items = (text: string) => (props(gen(text), 'stats')?.items as { label: string; value: number }[]).map((x) => [x.label, x.value]);
  assert.deepEqual(items('我的页面。数据：余额 12,345.60、积分 1,200.00'), [['余额', 12345.6], ['积分', 1200]]);
  assert.equal(props(gen('详情页。价格 ¥12,800，原价 15,000元'), 'price')?.value, 12800);
  assert.equal(normalise('统计：1,2,3').norm, '统计:1,2,3');
});

test('a count and a colon after 分, a row size before the items, and icons in the clause after the top bar', () => {
  assert.deepEqual(props(gen('订单页。tab分三个：全部、待发货、已完成。'), 'tabs')?.items, ['全部', '待发货', '已完成']);
  const grid = props(gen('工具页。上面一个宫格，三个一排：闹钟设置、数据同步、计时器'), 'grid-menu') as { items: { label: string }[]; columns: number };
  assert.deepEqual([grid.items.map((x) => x.label), grid.columns], [['闹钟设置', '数据同步', '计时器'], 3]);
  assert.deepEqual(props(gen('客服页。顶部标题“在线客服”，返回和分享；下面宫格'), 'topbar')?.actions, ['back', 'share']);
  assert.equal(props(gen('商品页。card-list, 1 col, product-card'), 'card-list')?.columns, 1);
});

test('an entry added with where it goes ("放到最后") joins the list there; 字段 counts the fields', () => {
  assert.deepEqual(props(gen('订单页。tab：全部、待付款、已完成。嗯，再加个“退款”，放到最后。下面订单列表'), 'tabs')?.items, ['全部', '待付款', '已完成', '退款']);
  assert.equal((props(gen('私信页。最下面输入框的表单，一个文本字段，按钮写“发送”'), 'form')?.fields as unknown[]).length, 1);
});

test('groups of a menu ("第一组…第二组", "再来一组") are menus of their own, each with its entries', () => {
  const menus = (text: string) => gen(text).page.sections.filter((s) => s.type === 'menu-list').map((s) => (s.props.items as { label: string }[]).map((x) => x.label));
  assert.deepEqual(menus('设置页。菜单分两组：第一组3项 昵称、头像、签名；第二组2项 缓存、版本'), [['昵称', '头像', '签名'], ['缓存', '版本']]);
  assert.deepEqual(menus('设置页。菜单列表 消息提醒、收货地址；再来一组 用户协议、关于我们。'), [['消息提醒', '收货地址'], ['用户协议', '关于我们']]);
  assert.equal(menus('设置页。菜单：个人资料、收货地址').length, 1);
});

test('a quoted label after words describing the button is its label', () => {
  assert.equal(props(gen('设置页。菜单：缓存、关于；底部一个灰色的“注销账号”按钮。'), 'cta')?.text, '注销账号');
});

test('where the user is among the stages ("走到哪一步：", "显示进度：") is a steps bar; a day and its place are one step', () => {
  assert.deepEqual(props(gen('确认订单页。最上面告诉用户走到哪一步：选座、付款、出票，现在是第二步；下面价格 88'), 'steps')?.items, ['选座', '付款', '出票']);
  assert.deepEqual(props(gen('付款页。先显示进度：选择、付款、完成，现在在付款'), 'steps')?.items, ['选择', '付款', '完成']);
  assert.deepEqual(splitItems('Day1 鼓浪屿、Day2 曾厝垵、第三天 环岛路', 'steps'), ['Day1 鼓浪屿', 'Day2 曾厝垵', '第三天 环岛路']);
  assert.deepEqual(props(gen('发布页。步骤条：基本信息、押金设置、提交审核'), 'steps')?.items, ['基本信息', '押金设置', '提交审核']);
});

test('a grid\'s entries after "宫格入口，" or "四个一行：" are its own, a word that is otherwise a filler among them', () => {
  const labels = (text: string) => (props(gen(text), 'grid-menu')?.items as { label: string }[]).map((x) => x.label);
  assert.deepEqual(labels('消息页。上面一排宫格入口，评论、点赞、系统通知，三个一行；下面聊天列表'), ['评论', '点赞', '系统通知']);
  assert.deepEqual(labels('设置页。然后一个宫格菜单，三个一行：主题、备份、导出。'), ['主题', '备份', '导出']);
});

test('pages by other names: "App 的 message 页", "看文章的页面", "“我的”那一页", "页面：通知"', () => {
  const page = (text: string) => gen(text).page.name;
  assert.equal(page('社区 App 的 message 页，顶部标题“消息”'), 'message_page');
  assert.equal(page('看资讯的页面，标题“周末去哪儿”，下面正文'), 'article_page');
  assert.equal(page('记账app里“我的”那一页，上面头像，下面菜单：账单、预算'), 'profile_page');
  assert.equal(page('页面：通知\n模块一：标题：通知'), 'message_page');
  assert.notEqual(page('首页，顶部 search 页面入口'), 'search_page', 'not in the middle of a clause');
});

test('文字 before a colon names a text, whose keys after it hold its values', () => {
  const doc = gen('资讯页。顶部返回；文字：标题“周末去哪儿”，正文一段；下面相关推荐');
  assert.equal(props(doc, 'text')?.title, '周末去哪儿');
  assert.equal(props(doc, 'topbar')?.title, undefined, 'the top bar does not take it');
  assert.equal(props(gen('资讯页。文字：“今天天气很好”'), 'text')?.body, '今天天气很好', 'a quote right after it is still the body');
});

test('a line that is only a value after the top bar\'s icons makes its own section; it continues no list', () => {
  const doc = gen('资讯文章页\n顶部返回+分享\n正文标题“今天吃什么”\n文中数据：阅读、点赞');
  assert.equal(props(doc, 'text')?.title, '今天吃什么');
  assert.deepEqual(props(doc, 'topbar')?.actions, ['back', 'share']);
});

test('"submit button: …" and "按钮文案：…" name the submit; a quoted value taken back with 嗯 不对 is replaced', () => {
  assert.equal(props(gen("publish page\nform fields: 标题、描述\nsubmit button: '发出去'"), 'form')?.submit, '发出去');
  assert.equal(props(gen('登录页 然后表单 手机号 密码 表单按钮就写 “马上登录” 嗯 不对 写“登录”就好'), 'form')?.submit, '登录');
  assert.equal(normalise('功能公格').norm, '功能宫格');
});

test('手机号加验证码 joins two fields; "就是文章，标题“…”" is the text with its title', () => {
  assert.deepEqual((props(gen('登录页，表单 手机号加验证码 两个框'), 'form')?.fields as { label: string }[]).map((f) => f.label), ['手机号', '验证码']);
  assert.equal(props(gen('博客文章详情页。顶部返回。然后就是文章，标题“慢慢来”。'), 'text')?.title, '慢慢来');
});

test('an arrow without spaces between two sections leads from one to the next; between steps it joins them', () => {
  assert.deepEqual(types(gen('游记详情页，图片轮播3张→正文→评论列表')), ['carousel', 'text', 'list']);
  assert.equal(props(gen('游记详情页，图片轮播3张→正文'), 'carousel')?.count, 3);
  assert.deepEqual(props(gen('流程页，步骤条 选车→付款→取车'), 'steps')?.items, ['选车', '付款', '取车']);
});

test('首页 glued after another page\'s word is the home page; a request opening with an article is an article page', () => {
  const page = (text: string) => gen(text).page.name;
  assert.equal(page('体育资讯首页，顶部搜索，下面文章列表'), 'home_page');
  assert.equal(page('咖啡测评文章 简约 顶部标题“豆子笔记” 正文'), 'article_page');
  assert.equal(page('资讯详情页，正文'), 'article_page');
  assert.equal(page('美食文章（菜谱）详情：顶部banner'), 'article_page');
});

test('通知 right before a quote is a notice with that text, not the bell', () => {
  const doc = gen('水果购物车 顶部通知“晚上十点前下单次日达” 商品列表');
  assert.equal(props(doc, 'notice-bar')?.text, '晚上十点前下单次日达');
  assert.equal(props(doc, 'topbar'), undefined);
});

test('a bare quote names the text of the section said last in the clause before, though the list before it was read later', () => {
  const doc = gen('钱包首页 下面一个资产数据 余额 收益 两项 再来个公告 写“不要轻信陌生来电”');
  assert.equal(props(doc, 'notice-bar')?.text, '不要轻信陌生来电');
  assert.equal((props(doc, 'stats')?.items as unknown[]).length, 2);
});

test('two buttons whose roles are said outright take those roles, whichever is said first', () => {
  const cta = (text: string) => props(gen(`详情页，${text}`), 'cta');
  assert.deepEqual(cta('底部按钮：领取（主）| 稍后（次）'), { text: '领取', secondary: '稍后' });
  assert.deepEqual(cta('按钮：取消（次）、确定（主）'), { text: '确定', secondary: '取消' });
  assert.deepEqual(cta("两个按钮，'打电话'为主，'发消息'为次"), { text: '打电话', secondary: '发消息' });
  assert.deepEqual(cta("两个按钮，'清空'是次要的，'下单'是主按钮"), { text: '下单', secondary: '清空' });
  assert.deepEqual(cta('主按钮“马上抢”，另一个“收藏”'), { text: '马上抢', secondary: '收藏' });
  assert.deepEqual(cta("按钮写'问问客服'和'马上下单'，下单是主按钮"), { text: '马上下单', secondary: '问问客服' });
});

test('pages pointed at: "发X的那个页面", "看文章的那个页面", "商品那一页", "\'我的\'那一栏页面"', () => {
  const page = (text: string) => gen(text).page.name;
  assert.equal(page('发二手书的那个页面，上面标题“卖书”'), 'publish_page');
  assert.equal(page('我要一个发动态的页面，紫色'), 'publish_page');
  assert.equal(page('看文章的那个页面，顶部返回'), 'article_page');
  assert.equal(page('商品那一页：上面大图轮播，下面价格'), 'detail_page');
  assert.equal(page("'我的'那一栏页面，上面头像"), 'profile_page');
  assert.notEqual(page('出发的页面，顶部标题“行程”'), 'publish_page');
  assert.equal(page('交友app的个人资料页，粉色，头像、昵称'), 'profile_page');
});

test('a count of entries may stand a space from its number at the end of a clause, not in a list of figures', () => {
  assert.equal(props(gen('首页 宫格菜单 8 个，每行4个'), 'grid-menu')?.columns, 4);
  assert.equal((props(gen('首页 宫格菜单 8 个，每行4个'), 'grid-menu')?.items as unknown[]).length, 8);
});

test('a figure\'s value keeps its unit, spaced or glued, and a count after the last figure still counts them', () => {
  assert.deepEqual(props(gen('订单页，数据统计：已买 12 件、省了 30 元、好评率 98%'), 'stats')?.items, [
    { label: '已买', value: '12件' },
    { label: '省了', value: '30元' },
    { label: '好评率', value: '98%' },
  ]);
  assert.deepEqual((props(gen('数据统计：余额、积分、卡券三项，下面菜单'), 'stats')?.items as { label: string }[]).map((i) => i.label), ['余额', '积分', '卡券']);
  assert.equal((props(gen('酒店页\n数据：评分4.8 / 点评2356条 / 收藏1.2万'), 'stats')?.items as unknown[]).length, 3, 'too many to count entries');
});

test('a notice\'s words: 有 inside them, 提醒 before the quote, the notice named in brackets after it', () => {
  assert.equal(props(gen('我的页面，通知栏：您有两张优惠券快过期'), 'notice-bar')?.text, '您有两张优惠券快过期');
  assert.equal(props(gen('注册页，表单：手机号、密码，下面一行小字已有账号去登录'), 'text')?.body, '已有账号去登录', 'so may small print');
  assert.equal(props(gen("文章页，下面一个通知条提醒'谣言止于智者'"), 'notice-bar')?.text, '谣言止于智者');
  const doc = gen('支付页\n- 倒计时提示："五分钟内付款有效"（通知栏）\n- 金额：¥20');
  assert.equal(props(doc, 'notice-bar')?.text, '五分钟内付款有效');
  assert.equal(props(doc, 'search-bar'), undefined);
});

test('a guarantee\'s entries after 写 and a space, or after 那一栏 and a colon; quoted tabs after a short verb', () => {
  assert.deepEqual(props(gen('详情页；保障写 正品保证、无理由退货、闪电发货；卖家“小店”'), 'proof')?.items, ['正品保证', '无理由退货', '闪电发货']);
  assert.deepEqual(props(gen('详情页，然后是保障那一栏：正品保证、假一赔十'), 'proof')?.items, ['正品保证', '假一赔十']);
  assert.deepEqual(props(gen("登录页，顶部tab切换'密码登录'和'短信登录'两个"), 'tabs')?.items, ['密码登录', '短信登录']);
});

test('a line of a plain phrase and a section\'s Latin word is one clause: the list before it ends with its line', () => {
  const doc = gen('课程页：\n- 步骤：选课、付款、上课\n- 同学留言 list\n- CTA：报名');
  assert.deepEqual(props(doc, 'steps')?.items, ['选课', '付款', '上课']);
  assert.deepEqual(types(doc), ['steps', 'list', 'cta']);
});

test('a row size in brackets after the last entry of a list is its columns', () => {
  assert.equal(props(gen('首页，金刚区：外卖、超市、药店、跑腿、鲜花（一行5个）'), 'grid-menu')?.columns, 5);
  assert.equal(props(gen('首页，宫格：签到、抽奖、积分（3列）'), 'grid-menu')?.columns, 3);
  assert.equal((props(gen('首页，宫格：签到、抽奖、积分（3列）'), 'grid-menu')?.items as unknown[]).length, 3);
});

test('a tab bar\'s count a space after its word before the colon, and its icons in brackets after "底部N个tab"', () => {
  assert.deepEqual(props(gen('首页，底部tab 4个：首页/发布/消息/我的'), 'tabbar')?.items, ['home', 'plus', 'message', 'user']);
  assert.deepEqual(props(gen('首页，底部4个tab（首页 分类 消息 我的）'), 'tabbar')?.items, ['home', 'category', 'message', 'user']);
  assert.equal(props(gen('消息页，图标入口 3 个：评论、点赞、通知（一行3列）'), 'grid-menu')?.columns, 3);
});

test('an amount said as what is paid, or after 应付, 费用, 保费 or 共计, is the price; 原来是 gives the original', () => {
  assert.deepEqual(props(gen('结算页，表单，应付 ¥88，按钮'), 'price'), { value: 88, currency: '¥' });
  assert.deepEqual(props(gen('结算页，下面显示这回要付的钱 ¥120，原来是 ¥150'), 'price'), { value: 120, original: 150, currency: '¥' });
  assert.equal(props(gen('投保页；再显示保费，共计240元'), 'price')?.value, 240);
  assert.equal(props(gen('支付页；底部按钮“确认支付 ¥99”'), 'cta')?.text, '确认支付 ¥99', 'not inside a quote');
});

test('entries said one under another on a settings page are its menu; 的 may stand before their colon', () => {
  const doc = gen('设置页。再下面一条一条的：修改密码、清除缓存、关于');
  assert.deepEqual((props(doc, 'menu-list')?.items as { label: string }[]).map((i) => i.label), ['修改密码', '清除缓存', '关于']);
  assert.equal(props(doc, 'list'), undefined);
  assert.equal(gen('设置页，列表（客服小美/学校）').page.sections.some((s) => s.type === 'list'), true, 'a list called a list stays one');
});

test('a quote that ends the description after words of order or joining, saying what to do, is the button\'s label', () => {
  assert.equal(props(gen('购物车，商品下面写总价99元，然后一个“去下单”。'), 'cta')?.text, '去下单');
  assert.equal(props(gen('支付页，就显示金额50和一个“确认支付”'), 'cta')?.text, '确认支付');
  assert.equal(props(gen('首页，轮播，然后一个“夏日限定”'), 'cta'), undefined, 'a label that says nothing to do is not a button');
});

test('the tab bar said as a navigation bar further down, as "底部 tab:", and its entries with their icons in brackets', () => {
  assert.deepEqual(props(gen('购物车页面。最底下合计和“去结算”按钮。再往下导航栏：首页、分类、我的。'), 'tabbar')?.items, ['home', 'category', 'user']);
  assert.deepEqual(props(gen('首页\n5. 底部 tab：首页、发现(搜索)、我的'), 'tabbar')?.items, ['home', 'search', 'user']);
  assert.deepEqual(props(gen('首页 宫格8个 底部 首页 理财(分类) 我的'), 'tabbar')?.items, ['home', 'category', 'user']);
  assert.deepEqual(props(gen('详情页，顶部导航栏：返回、分享'), 'topbar')?.actions, ['back', 'share']);
});

test('the tab bar\'s word glued to its first icon, a page word, is still the tab bar', () => {
  assert.deepEqual(props(gen('订单列表页。订单一行一个。底部导航首页、购物车、我的。'), 'tabbar')?.items, ['home', 'cart', 'user']);
  assert.deepEqual(props(gen('首页。底部tab首页、消息、我的'), 'tabbar')?.items, ['home', 'message', 'user']);
});

test('a dash after a list\'s word opens it as a colon does; a one-character filler inside a glued label is part of it', () => {
  const labels = (text: string) => (props(gen(text), 'form')?.fields as { label: string }[]).map((f) => f.label);
  assert.deepEqual(labels('发布页。然后表单——小区名、户型、租金、联系电话。'), ['小区名', '户型', '租金', '联系电话']);
  assert.deepEqual(labels('发布页，要填小区名称、户型、联系电话'), ['小区名称', '户型', '联系电话']);
});

test('a list does not run on into a new line that names a section', () => {
  const doc = gen('新闻app首页\ntabs: 要闻 / 科技 / 财经\n头条 carousel 3张');
  assert.deepEqual(props(doc, 'tabs')?.items, ['要闻', '科技', '财经']);
  assert.equal(props(doc, 'carousel')?.count, 3);
});

test('分 before the colon of tabs, or before a count of tabs and a comma, says their entries follow', () => {
  assert.deepEqual(props(gen('订单列表页。下面tab分：全部、待取车、已完成'), 'tabs')?.items, ['全部', '待取车', '已完成']);
  assert.deepEqual(props(gen('消息页，然后下面分两个tab，私信、群聊，然后聊天列表'), 'tabs')?.items, ['私信', '群聊']);
});

test('an icon joined to the title, a list shown the way chats look, and a text named by a phrase before 文字', () => {
  assert.deepEqual(props(gen('消息列表：顶部标题+更多；聊天列表'), 'topbar')?.actions, ['more']);
  assert.equal(props(gen('文章详情页，然后正文，然后评论用聊天那种列表展示'), 'list')?.style, 'chat');
  assert.deepEqual(types(gen('酒店预订，房型信息文字，表单')), ['text', 'form']);
  assert.deepEqual(types(gen('支付页\n- 权益说明（文字）\n- 按钮：立即开通')), ['text', 'cta']);
});

test('roles said outright with the labels unquoted; a quote that is a list\'s entry is no button', () => {
  assert.deepEqual(props(gen('设置页 最下方按钮写退出登录和切换账号 切换账号是主按钮'), 'cta'), { text: '切换账号', secondary: '退出登录' });
  assert.deepEqual(props(gen('购物车页 共计（299） 主按钮是去结算 旁边次要的是清空就行'), 'cta'), { text: '去结算', secondary: '清空' });
  assert.deepEqual(props(gen('首页。底tab有分类、发布和我的'), 'tabbar')?.items, ['category', 'plus', 'user']);
  assert.equal(props(gen('首页。底tab有分类、发布和我的'), 'cta'), undefined);
});

test('one button marked as the main one, the main one named in brackets, the second button, 主的/副的', () => {
  const cta = (text: string) => props(gen(text), 'cta');
  assert.deepEqual(cta('商品详情 / cta 收藏 + 马上买(主)'), { text: '马上买', secondary: '收藏' });
  assert.deepEqual(cta('详情页，底部两个按钮：电话咨询、预约看房（预约看房是主按钮）'), { text: '预约看房', secondary: '电话咨询' });
  assert.deepEqual(cta('设置页面 然后按钮写切换账号 第二个按钮写退出登录'), { text: '切换账号', secondary: '退出登录' });
  assert.deepEqual(cta('详情页。最后按钮：主的“马上买”，副的“收藏”。'), { text: '马上买', secondary: '收藏' });
});

test('on a cart page, cards counted in columns stay cards', () => {
  const doc = gen('购物车页面。商品用单列卡片列表，下面一个“猜你喜欢”两列商品卡片。');
  assert.deepEqual(doc.page.sections.filter((s) => s.type === 'card-list').map((s) => (s.props as { columns?: number }).columns), [1, 2]);
  assert.equal(props(gen('购物车 商品列表，底部结算按钮'), 'list')?.style, 'card', 'a list of goods not counted in columns is the cart\'s list');
});

test('a nickname or a company\'s name in a seller\'s clause is the seller\'s name', () => {
  assert.equal(props(gen('闲置详情｜卖家卡片：昵称"小鹿的店"，信用评分4.8'), 'seller')?.name, '小鹿的店');
  assert.equal(props(gen('职位详情页。公司信息：公司名“星河科技”，评分4.5'), 'seller')?.name, '星河科技');
  assert.equal(props(gen('个人页，头像，昵称“小明”'), 'user-info')?.name, '小明');
});

test('a guarantee\'s entries set off by spaces, up to the next part, are its list', () => {
  assert.deepEqual(props(gen('结算页 极简 然后保障 七天无理由 运费险 然后按钮 去支付'), 'proof')?.items, ['七天无理由', '运费险']);
  assert.deepEqual(props(gen('详情页 然后保障 正品保证 全国联保 然后评价列表'), 'proof')?.items, ['正品保证', '全国联保']);
});

test('figures said beside the user\'s name are the user card\'s own', () => {
  assert.deepEqual(props(gen('个人主页，头像和昵称，旁边有关注、粉丝、获赞三个数'), 'user-info')?.stats, ['关注', '粉丝', '获赞']);
  assert.deepEqual(props(gen('个人主页，头像和昵称，旁边有关注、粉丝'), 'user-info')?.stats, ['关注', '粉丝']);
  assert.equal(normalise('最底下道航栏').norm, '最底下导航栏');
});

test('a part said to be at the very top goes there whenever it is said; the bottom only when said out of turn', () => {
  assert.deepEqual(types(gen('搜索页。结果用两列的商品卡片。然后最上面是搜索框')), ['search-bar', 'card-list']);
  assert.deepEqual(types(gen('购物车。先说最下面：一个按钮“去结算”。然后最上面是标题 购物车。中间是商品卡片，一列。')), ['topbar', 'card-list', 'cta']);
  assert.deepEqual(types(gen('首页，顶部欢迎横幅，最底下宫格，下面一个“领券”按钮')), ['banner', 'grid-menu', 'cta'], 'at the bottom in its turn');
});

test('what a search page searches for, before 的 and the page\'s word, is no section', () => {
  const doc = gen('搜视频的页面，紫色。顶部搜索，下面tab切换：综合、用户。结果是视频，两列。');
  assert.deepEqual(types(doc), ['search-bar', 'tabs', 'card-list']);
});

test('a clause saying what the page is like names no part of it', () => {
  assert.deepEqual(types(gen('资讯文章详情页，类似公众号文章那种。正文。文末一列文章卡片。')), ['text', 'card-list']);
});

test('a section named in the page\'s own name stands where it is said again', () => {
  assert.deepEqual(types(gen('做个聊天列表页，上面是标题“微聊”，然后是搜索框，下面是会话列表')), ['topbar', 'search-bar', 'list']);
});

test('entries set off by spaces after a colon and a space', () => {
  assert.deepEqual((props(gen('个人页 stats: 关注 粉丝 获赞'), 'stats')?.items as { label: string }[]).map((i) => i.label), ['关注', '粉丝', '获赞']);
});

test('icons counted before a colon are a grid; two labels after a button word joined by 、; a settings page\'s entries after its name', () => {
  const doc = gen('首页，上面轮播三张，然后四个图标：团课、私教、会员卡、商城');
  assert.equal(props(doc, 'carousel')?.count, 3);
  assert.equal((props(doc, 'grid-menu')?.items as unknown[]).length, 4);
  assert.deepEqual(props(gen('首页，底部三个图标：首页、消息、我的'), 'tabbar')?.items, ['home', 'message', 'user']);
  assert.deepEqual(props(gen('详情页，底部两个按钮：收藏、马上抢'), 'cta'), { text: '马上抢', secondary: '收藏' });
  assert.deepEqual(props(gen('支付成功页，两个按钮：查看订单、返回首页'), 'cta'), { text: '查看订单', secondary: '返回首页' }, 'labels of several words');
  assert.equal((props(gen('设置页：账号安全、消息通知、隐私、关于我们'), 'menu-list')?.items as unknown[]).length, 4);
});

test('a row of entries named by what they are about is a grid', () => {
  assert.equal((props(gen('我的页面，头像昵称，下面订单那一排：待付款、待发货、待收货、评价'), 'grid-menu')?.items as unknown[]).length, 4);
});

test('"X推荐两列" is a card list; a price in ten-thousands is that many yuan, a figure\'s stays as said', () => {
  const doc = gen('首页，宫格4个，再下面新品推荐两列');
  assert.equal(props(doc, 'grid-menu')?.columns, 4);
  assert.equal(props(doc, 'card-list')?.columns, 2);
  assert.deepEqual(props(gen('详情页，价格12.8万，原价18万'), 'price'), { value: 128000, original: 180000, currency: '¥' });
  assert.equal((props(gen('个人页 数据：收藏1.2万、粉丝3万'), 'stats')?.items as { value: unknown }[])[0]!.value, '1.2万');
});

test('a bar the description refuses is left out, even from the usual layout; "不要头像" only turns off the avatar', () => {
  assert.equal(types(gen('首页，底部无导航')).includes('tabbar'), false);
  assert.equal(types(gen('首页，不要底部导航')).includes('tabbar'), false);
  assert.equal(types(gen('首页，轮播，底部导航')).includes('tabbar'), true);
  assert.deepEqual(types(gen('搜索页，搜索框，不用tab，结果两列')), ['search-bar', 'card-list']);
  assert.equal(props(gen('个人页，用户信息，不要头像'), 'user-info')?.avatar, false);
});

test('figures written with spaces, units, separators, Chinese numerals or words are one figure each', () => {
  const items = (prompt: string) => props(gen(prompt), 'stats')?.items as { label: string; value: unknown }[] | undefined;
  assert.deepEqual(items('我的页，数据：帖子 46 篇、粉丝 2.7万、获赞 二十万+；下面菜单'), [
    { label: '帖子', value: '46篇' }, { label: '粉丝', value: '2.7万' }, { label: '获赞', value: '20万+' },
  ]);
  assert.deepEqual(items('个人页 训练数据三项：累计训练 88 小时 连续打卡 二十一天 完成计划 6 个 菜单：设置'), [
    { label: '累计训练', value: '88小时' }, { label: '连续打卡', value: '21天' }, { label: '完成计划', value: '6个' },
  ]);
  assert.deepEqual(items('钱包页，统计栏：余额 ¥3,280.50 / 今日收益 +6.12 / 积分 一千二'), [
    { label: '余额', value: '¥3280.50' }, { label: '今日收益', value: '+6.12' }, { label: '积分', value: 1200 },
  ]);
  assert.deepEqual(items('菜谱页，数据：口味 微辣、用时 25分钟、配速 6分15秒'), [
    { label: '口味', value: '微辣' }, { label: '用时', value: '25分钟' }, { label: '配速', value: '6分15秒' },
  ]);
  assert.equal(items("主页，头像昵称，下面一排数据，'我收藏的 9 / 我评价的 31'那种，再下面菜单")?.length, 2, 'a quoted list');
  assert.equal(items('主页，stats[关注 12｜粉丝 4.5k｜获赞 9,870]，底部导航')?.length, 3, 'in brackets');
  // A label ending in a section's word is that section: the figures stop before it.
  assert.equal(items('我的页，数据卡片：作品3.1万，订单52，列表菜单六个')?.length, 2);
  assert.equal(types(gen('我的页，数据卡片：作品3.1万，订单52，列表菜单六个')).includes('menu-list'), true);
});

test('a form\'s fields said as steps, a table, letters, a list after the form\'s word, or bare labels on a page to fill in', () => {
  const labels = (prompt: string) => (props(gen(prompt), 'form')?.fields as { label: string }[] | undefined)?.map((f) => f.label);
  assert.deepEqual(labels('注册页，先输入邮箱，然后呢是图形验证码，再设一个密码，然后再重复一遍密码，最后还有个推荐码，这个是选填的，底部按钮“注册”'), ['邮箱', '图形验证码', '密码', '确认密码', '推荐码']);
  assert.deepEqual(labels('发布页：先上传封面，然后商品标题、价格、所在城市，按钮“发布”'), ['封面', '商品标题', '价格', '所在城市']);
  assert.deepEqual(labels('报名页\n| 字段 | 类型 |\n|---|---|\n| 姓名 | 文本 |\n| 手机号 | 手机 |\n| 到场日期 | 日期 |\n提交按钮：报名'), ['姓名', '手机号', '到场日期']);
  assert.deepEqual(labels('开户页\n3. 表单 A/B/C：A 真实姓名，B 证件号码，C 预留手机号\n4. 按钮：下一步'), ['真实姓名', '证件号码', '预留手机号']);
  assert.deepEqual(labels('编辑资料页，表单字段依次：头像、昵称、所在地区、个人签名，按钮“保存”'), ['头像', '昵称', '所在地区', '个人签名']);
  assert.deepEqual(labels('设置页 一个表单改手机号：原手机号 新手机号 短信验证码 提交按钮“确认” 下面一个列表'), ['原手机号', '新手机号', '短信验证码']);
  assert.deepEqual(labels('发布房源：小区名称/房屋面积/月租金/入住时间 → 按钮 立即发布'), ['小区名称', '房屋面积', '月租金', '入住时间']);
  // In a list joined by 、, a slash joins two names of one field.
  assert.deepEqual(labels('登录页，表单：账号/手机号、密码、图形验证码'), ['账号/手机号', '密码', '图形验证码']);
  // A filter's keys stay a filter's.
  assert.equal(types(gen('租房搜索页，筛选：区域/租金/户型')).includes('form'), false);
});

test('prices in yuan and tenths, the original under other names, prices named by the deal; a seller\'s credit score and a hotel as the seller', () => {
  assert.deepEqual(props(gen('外卖确认页，实付四十二块五，原价五十'), 'price'), { value: 42.5, original: 50, currency: '¥' });
  assert.equal(props(gen('购物车页，合计 3块8毛，按钮“结算”'), 'price')?.value, 3.8);
  // "一块" is also "a block": no amount there.
  assert.deepEqual(types(gen('文章页，顶部导航栏，下面一块一段文字')), ['topbar', 'text']);
  assert.equal(props(gen('团购详情，价格：团购价九十九，门市价一百六十八'), 'price')?.original, 168);
  assert.equal(props(gen('球鞋详情，价格 ¥899（发售价 ¥1,099）'), 'price')?.original, 1099);
  assert.deepEqual(props(gen('确认订单：拼单价 ¥9.9，原价 ¥19.9'), 'price'), { value: 9.9, original: 19.9, currency: '¥' });
  assert.deepEqual(props(gen('确认订单页：价格：商品原价 ¥299，优惠后 ¥259'), 'price'), { value: 259, original: 299, currency: '¥' });
  assert.equal(props(gen('二手详情页，卖家“阿青”，信用分4.8'), 'seller')?.rating, 4.8);
  assert.deepEqual(props(gen('民宿预订页，酒店信息（“山间小屋”，评分 4.9，已认证）'), 'seller'), { name: '山间小屋', rating: 4.9, verified: true });
});

test('an author card is the user\'s; what a notice says; a text\'s part named 文字部分; nouns that start with a verb; a chosen tab in brackets', () => {
  assert.equal(props(gen('博客文章页，作者卡片：“夜行的猫”，下面正文'), 'user-info')?.name, '夜行的猫');
  assert.equal(gen('游记详情，头像名字“阿远”，然后正文').page.name, 'article_page');
  assert.equal(props(gen('订单页，有个公告栏，说“春节期间暂停发货”，下面订单列表'), 'notice-bar')?.text, '春节期间暂停发货');
  assert.equal(props(gen('新闻详情：文字部分标题“新规今日起施行”，正文若干段'), 'text')?.title, '新规今日起施行');
  assert.deepEqual((props(gen('搜索页，历史记录用列表：显示器、键盘、写字楼出租'), 'list')?.items as { title: string }[]).map((i) => i.title), ['显示器', '键盘', '写字楼出租']);
  assert.equal(props(gen('订单页，tabs：全部 | 待发货 | 已完成（默认选中“待发货”）'), 'tabs')?.active, 1);
});

test('a submit label after 提交 and a colon; a count glued to a button label; a row size before the colon of a grid\'s entries', () => {
  assert.equal(props(gen('报名页，表单：姓名、手机号；提交：确认报名'), 'form')?.submit, '确认报名');
  assert.equal(props(gen('购物车页，底部结算栏，右边按钮 去结算(3)'), 'cta')?.text, '去结算(3)');
  assert.equal(props(gen('会员页，权益宫格一行三个：包邮、折扣、客服'), 'grid-menu')?.columns, 3);
  assert.equal(props(gen('首页，宫格（5列）：外卖、超市、水果、药店、跑腿'), 'grid-menu')?.columns, 5);
});

test('an entry taken back from a spaced list, with the count said before; one moved out of a list into a button', () => {
  const fields = (doc: UiDslDocument) => (props(doc, 'form')?.fields as unknown[]).length;
  assert.equal(fields(gen('注册页 表单要 邮箱 昵称 密码 确认密码 呃确认密码不要了 然后按钮“注册”')), 3);
  assert.equal((props(gen('设置页，选项有：账号、通知、隐私、关于、反馈，一共五个。哦反馈不要了，就四个。'), 'menu-list')?.items as unknown[]).length, 4);
  const doc = gen('我的页，菜单列表：订单、地址、客服、退出登录。算了退出登录别放列表里了，单独做成底部按钮，写“退出登录”');
  assert.equal((props(doc, 'menu-list')?.items as unknown[]).length, 3);
  assert.equal(props(doc, 'cta')?.text, '退出登录');
});

test('entries set off by spaces after a count set off by a space, and menu entries that hold a joiner or a theme word', () => {
  const labels = (doc: UiDslDocument, type: Section['type']) => (props(doc, type)?.items as { label: string }[]).map((i) => i.label);
  const doc = gen('我的页面 上面头像昵称 然后宫格 四个 我的订单 收藏 足迹 优惠券 然后菜单列表 设置 帮助与反馈 关于我们 底部导航');
  assert.deepEqual(labels(doc, 'grid-menu'), ['我的订单', '收藏', '足迹', '优惠券']);
  assert.deepEqual(labels(doc, 'menu-list'), ['设置', '帮助与反馈', '关于我们']);
  assert.deepEqual(labels(gen('设置页 然后菜单 字体大小 深色模式 清理缓存 然后按钮“退出登录”'), 'menu-list'), ['字体大小', '深色模式', '清理缓存']);
});

test('guarantees named as labels or services, with a count, or holding their own word; entries split at a middle dot', () => {
  assert.deepEqual(props(gen('详情页，下面一排标签：包邮｜七天无理由｜假一赔十'), 'proof')?.items, ['包邮', '七天无理由', '假一赔十']);
  assert.deepEqual(props(gen('详情页，服务：包邮、运费险、两年质保；下面一段文字'), 'proof')?.items, ['包邮', '运费险', '两年质保']);
  assert.deepEqual(props(gen('详情页，价格199，然后有三个保障，正品、包邮、一年保修'), 'proof')?.items, ['正品', '包邮', '一年保修']);
  assert.deepEqual(props(gen('结算页，下面一排保障，正品保证、顺丰包邮，最后按钮'), 'proof')?.items, ['正品保证', '顺丰包邮']);
  assert.equal(types(gen('首页，标签：新品、热卖')).includes('tabs'), true, 'other labels stay tabs');
  assert.equal((props(gen('首页：一排入口：机票 · 酒店 · 门票'), 'grid-menu')?.items as unknown[]).length, 3);
  assert.equal((props(gen('二手车详情：车况数据：表显里程 3.2万公里 · 过户次数 0次'), 'stats')?.items as unknown[]).length, 2);
});

test('the chosen tab by its label after =, before 选中, or as a number after 默认; tabs after a filler; fields to fill set off by commas', () => {
  assert.equal(props(gen('首页 tabs: 男装/女装/童装 active=女装'), 'tabs')?.active, 1);
  assert.equal(props(gen('搜索页，tab：综合、用户、笔记，用户那个是选中的'), 'tabs')?.active, 1);
  assert.equal(props(gen('票务详情：票档用tab：180｜280｜380，默认 280'), 'tabs')?.active, 1);
  assert.deepEqual(props(gen('消息页，最上面是tab，呃，私信、评论、点赞，然后评论选中'), 'tabs'), { items: ['私信', '评论', '点赞'], active: 1 });
  assert.equal((props(gen('注册页，要填昵称，密码，手机号，然后按钮“注册”'), 'form')?.fields as unknown[]).length, 3);
});

test('speech with no punctuation breaks where the speaker moves on; a title said right before the body of an article is the article\'s', () => {
  const doc = gen('我想要一个花店的首页然后上面是搜索框然后搜索框里面写着搜索鲜花绿植然后下面是banner标题写母亲节副标题写康乃馨八折然后是商品两列的');
  assert.equal(props(doc, 'search-bar')?.placeholder, '搜索鲜花绿植');
  assert.deepEqual(props(doc, 'banner'), { title: '母亲节', subtitle: '康乃馨八折' });
  assert.equal(props(doc, 'card-list')?.columns, 2);
  const article = gen('科普文章详情：顶部通知：“本文收录于专栏”；然后标题“海水为什么是咸的”；正文；相关推荐');
  assert.equal(props(article, 'text')?.title, '海水为什么是咸的');
  // Elsewhere a title before a body stays where it was said.
  assert.equal(props(gen('登录页：欢迎语：标题「欢迎回来」 | 正文，内容写“欢迎” | 输入框'), 'text')?.title, undefined);
});

test('a page taken back for another; a shop\'s keeper, news cards and answers read as the catalog says; 加 after the logo joins', () => {
  assert.equal(gen('订单详情页… 哦不，是订单列表页。上面tab，下面订单卡片').page.name, 'order_page');
  // An entry renamed in a list is not a page taken back, even when it is a page's word.
  assert.equal((props(gen('我的页，菜单：浏览记录、我的订单，哦不对，我的订单改成我的收藏'), 'menu-list')?.items as { label: string }[])[1]!.label, '我的收藏');
  assert.equal(props(gen('菜品详情，店家：老街面馆，评分4.6'), 'seller')?.name, '老街面馆');
  assert.deepEqual(props(gen('资讯首页，下面单列的新闻卡片'), 'card-list')?.card, { type: 'article-card' });
  assert.equal(gen('回答详情页：顶部标题，答主信息，回答正文').page.name, 'article_page');
  assert.equal(props(gen('资讯首页，顶部logo加右上角搜索icon'), 'topbar')?.logo, undefined);
});

test('entries before their count and word, counted entrances before a colon, a grid\'s columns in a bracket, small print, chat areas, parts in brackets after a style', () => {
  assert.deepEqual((props(gen('我的页面，然后，本周步数、消耗、时长，三个数据，然后菜单'), 'stats')?.items as { label: string }[]).map((i) => i.label), ['本周步数', '消耗', '时长']);
  const grid = props(gen('消息中心：四个入口图标一排：评论、点赞、关注、通知（grid 4列）；下面消息列表'), 'grid-menu');
  assert.equal((grid?.items as unknown[]).length, 4);
  assert.equal(grid?.columns, 4);
  assert.deepEqual(props(gen('搜索结果页：店铺卡片，单列；最底部一行灰字说明“到底啦”'), 'text'), { body: '到底啦' });
  const login = gen('登录页｜顶部 banner：你好 / 欢迎回来｜表单：手机号、验证码｜下面一行小字：登录即同意协议');
  assert.deepEqual(props(login, 'banner'), { title: '你好', subtitle: '欢迎回来' });
  assert.equal(props(login, 'text')?.body, '登录即同意协议');
  // After a banner's big words, a line of small print is its subtitle.
  assert.equal(props(gen('首页，横幅大字“夏日特惠”，下面一行小字“全场五折”'), 'banner')?.subtitle, '全场五折');
  assert.equal(props(gen('客服页：对话区：chat 样式'), 'list')?.style, 'chat');
  assert.deepEqual(types(gen('消息页：会话列表，聊天样式（头像+昵称+最后一条消息）')), ['list']);
});

test('a tab bar counted with no labels; 我 as the last tab; a remark on where an entry sits; a notice that scrolls; top-left words; a Latin key, a spaced verb and its quote', () => {
  assert.deepEqual(props(gen('首页，底部导航5个'), 'tabbar')?.items, ['home', 'category', 'cart', 'message', 'user']);
  assert.deepEqual(props(gen('首页｜tabbar 3 items'), 'tabbar')?.items, ['home', 'message', 'user']);
  assert.deepEqual(props(gen('首页，底部tabbar：首页、发布（中间那个大加号）、消息、我'), 'tabbar')?.items, ['home', 'plus', 'message', 'user']);
  assert.equal(props(gen('首页，顶上搜索，下面一个通知条滚动显示“谨防诈骗”'), 'notice-bar')?.text, '谨防诈骗');
  assert.equal(props(gen('银行首页，左上角写“安心银行”，右上角扫一扫'), 'topbar')?.title, '安心银行');
  assert.equal(props(gen('搜索页｜顶部搜索框 placeholder 写 “搜索课程”'), 'search-bar')?.placeholder, '搜索课程');
  assert.deepEqual(props(gen('外卖首页：筛选：综合排序 距离最近 人气最高'), 'filters')?.items, ['综合排序', '距离最近', '人气最高']);
});

test('a search box\'s hint in brackets; a row of channels; an agent as the seller; arrows after a list joined otherwise; Latin card names in the plural', () => {
  assert.equal(props(gen('外卖首页：\n- 顶栏下面一个搜索框（提示："附近美食"）\n- 轮播两张'), 'search-bar')?.placeholder, '附近美食');
  assert.deepEqual(props(gen('新闻主页，下面一排频道：要闻、体育、娱乐，接着新闻卡片'), 'tabs')?.items, ['要闻', '体育', '娱乐']);
  assert.equal(props(gen('房源详情，下面经纪人信息，名字“王经理”，评分4.7'), 'seller')?.name, '王经理');
  assert.deepEqual(types(gen('课程详情：大纲用步骤条：入门、进阶、实战 → 讲师信息 → 底部按钮“报名”')), ['steps', 'seller', 'cta']);
  const doc = gen('Search page -> filters: 最新, 最热 -> video cards, 2 columns');
  assert.deepEqual(props(doc, 'filters')?.items, ['最新', '最热']);
  assert.deepEqual(props(doc, 'card-list'), { columns: 2, card: { type: 'video-card' } });
});

test('a page named in quotes before 页面 is that page; a slip of 确认', () => {
  assert.equal(gen('照着“我的淘宝”页面做一个，底部导航首页、消息、购物车、我的').page.name, 'profile_page');
  assert.equal(gen('确任订单页 简约 地址 商品 合计¥59 提交').page.name, 'checkout_page');
});

test('steps set off by spaces after their word and count, the one now in progress after them; columns set off by spaces before the cards', () => {
  assert.deepEqual(props(gen('注册页 步骤条 三步 填写邮箱 设置密码 完善资料 然后表单 邮箱 验证码'), 'steps')?.items, ['填写邮箱', '设置密码', '完善资料']);
  assert.deepEqual(props(gen('订单页 物流的步骤条 已下单 已发货 运输中 已签收 当前是运输中 然后订单列表'), 'steps'), { items: ['已下单', '已发货', '运输中', '已签收'], active: 2 });
  assert.deepEqual(props(gen('发布页 步骤条 基本信息 上传照片 设置价格 三步 然后表单'), 'steps')?.items, ['基本信息', '上传照片', '设置价格']);
  assert.equal(props(gen('个人主页 然后下面帖子 一列 文章卡片'), 'card-list')?.columns, 1);
});

test('figures in words and figures, after a verb of showing or in a table row; steps joined by 与; counts glued to tab labels; hot searches as a list', () => {
  assert.deepEqual(props(gen('显卡详情页：stats 显示三项：成色 9成新、使用时长 8个月、保修 剩余1年'), 'stats')?.items, [
    { label: '成色', value: '9成新' }, { label: '使用时长', value: '8个月' }, { label: '保修', value: '剩余1年' },
  ]);
  assert.deepEqual(props(gen('个人中心\n| stats | 等级 Lv.7 / 胜率 52% |'), 'stats')?.items, [{ label: '等级', value: 'Lv.7' }, { label: '胜率', value: '52%' }]);
  assert.deepEqual(props(gen('课程详情：steps：入门、函数与模块、实战'), 'steps')?.items, ['入门', '函数与模块', '实战']);
  assert.deepEqual(props(gen('文章页 tabs: 正文 / 评论(36)'), 'tabs')?.items, ['正文', '评论(36)']);
  const search = gen('搜索页：搜索栏写“搜菜谱”；再一个 list 显示热门搜索：红烧肉、鸡翅');
  assert.equal(props(search, 'search-bar')?.placeholder, '搜菜谱');
  assert.equal((props(search, 'list')?.items as unknown[]).length, 2);
});

test('landlords, doctors and learners named; black plus gold; a rating among filter keys; posters as slides; autoplay off; the step now in progress by its quoted label', () => {
  assert.equal(props(gen('租房详情页，房东信息卡，房东叫陈先生，已实名认证'), 'seller')?.name, '陈先生');
  assert.deepEqual(props(gen('民宿详情页，下面写房东名字“小满”和评分4.7'), 'seller'), { name: '小满', rating: 4.7 });
  assert.equal(types(gen('房东发布房源的页面。顶部标题写“发布房源”')).includes('seller'), false);
  assert.equal(props(gen('医生详情页：医生信息：李医生，评分4.8'), 'seller')?.rating, 4.8);
  assert.equal(props(gen('我的页，最上面是学员信息，名字显示“小周”，带头像'), 'user-info')?.name, '小周');
  assert.equal(gen('支付页，黑色+金色主题').page.theme, 'obsidian-gold');
  assert.deepEqual(props(gen('搜索页。然后筛选，距离、评分、营业中'), 'filters')?.items, ['距离', '评分', '营业中']);
  assert.deepEqual(props(gen('详情页：carousel 3 张海报，autoplay；price 99'), 'carousel'), { count: 3, autoplay: true });
  assert.equal(props(gen('文章页 carousel 4 张，autoplay off；text'), 'carousel')?.autoplay, false);
  assert.equal(props(gen('确认页：步骤条：选房型、填信息、支付，当前在“填信息”这一步。然后表单'), 'steps')?.active, 1);
});

test('a section placed above one said twice in a row, after 在, or between two sections', () => {
  assert.deepEqual(types(gen('发布页。一个表单，要填：标题、价格。哦对了，表单上面放一条通知栏，写“禁止违禁品”。')), ['notice-bar', 'form']);
  const doc = gen('发布页。表单：视频、标题。然后一条通知在表单上面：“原创优先”。');
  assert.deepEqual(types(doc), ['notice-bar', 'form']);
  assert.equal(props(doc, 'notice-bar')?.text, '原创优先');
  assert.deepEqual(types(gen('搜索页：结果用两列商品卡片。然后最上面是搜索，搜索下面一排筛选：价格、品牌。筛选和结果中间放一条通知')), ['search-bar', 'filters', 'notice-bar', 'card-list']);
  assert.deepEqual(types(gen('个人主页：头像昵称。下面数据统计。再下面我的课程，视频卡片。数据和课程中间加一段简介文字')), ['user-info', 'stats', 'text', 'card-list']);
});

test('filter keys before 这几个; a sound the speaker makes is no entry', () => {
  assert.deepEqual(props(gen('图书搜索页，下面是筛选，就是按 全部、绘本、科普 这几个筛'), 'filters')?.items, ['全部', '绘本', '科普']);
  assert.equal((props(gen('登录页。表单：卡号、密码。哦还有一条通知栏'), 'form')?.fields as unknown[]).length, 2);
});

test('organic labels, more guarantees and conditions to tap', () => {
  assert.deepEqual(props(gen('农产品详情：标签保障：有机认证、产地直发'), 'proof')?.items, ['有机认证', '产地直发']);
  assert.deepEqual(props(gen('团购详情：服务：随时退、过期退、免预约'), 'proof')?.items, ['随时退', '过期退', '免预约']);
  assert.deepEqual(props(gen('搜索结果页，下面一排可点的条件：附近、好评优先、有优惠'), 'filters')?.items, ['附近', '好评优先', '有优惠']);
  // 有 before 机械键盘 still lists the items.
  assert.deepEqual((props(gen('购物车，商品列表，有机械键盘、运动鞋几条'), 'list')?.items as { title: string }[]).map((i) => i.title), ['机械键盘', '运动鞋']);
});

test('a minus sign in a figure; 的 ending each label of a list; a bar\'s Latin icons in brackets or after actions:', () => {
  assert.deepEqual((props(gen('支付页；stats[商品金额 ¥99 / 优惠 -¥10]'), 'stats')?.items as { value: unknown }[]).map((i) => i.value), ['¥99', '-¥10']);
  assert.deepEqual(props(gen('订单页\n顶部 tabs：我买到的 | 我卖出的'), 'tabs')?.items, ['我买到的', '我卖出的']);
  assert.equal((props(gen('我的页面：grid 4列：我发布的、我卖出的、我收藏的'), 'grid-menu')?.items as unknown[]).length, 3);
  assert.deepEqual(props(gen('详情页 / navbar(back, share, more) / swiper'), 'topbar')?.actions, ['back', 'share', 'more']);
  assert.deepEqual(props(gen('详情页｜topbar actions: back/share｜swiper'), 'topbar')?.actions, ['back', 'share']);
});

test('a field\'s type as 选 in brackets; quoted guarantee labels; 几个字 before the colon; a carousel named by how it turns', () => {
  assert.equal((props(gen('发布房源页。要填：小区名、户型（选）、面积、月租。按钮写“发布”'), 'form')?.fields as unknown[]).length, 4);
  assert.deepEqual(props(gen('茶叶详情，价格¥258，下面“正品保证”“假一赔十”两个标签'), 'proof')?.items, ['正品保证', '假一赔十']);
  assert.deepEqual(props(gen('银饰详情页。保障几个字：925银、顺丰包邮。'), 'proof')?.items, ['925银', '顺丰包邮']);
  assert.deepEqual(props(gen('宠物用品详情页 / 4张图自动轮播 / 价格59.9'), 'carousel'), { count: 4, autoplay: true });
});

test('the step now reached (到…了); a price by the night; searching at the top', () => {
  assert.equal(props(gen('外卖订单：送餐进度：已下单、商家接单、骑手配送、已送达，现在到骑手配送了'), 'steps')?.active, 2);
  assert.equal(props(gen('民宿详情，上面一块大图；每晚368元；最下面“预订”'), 'price')?.value, 368);
  assert.equal(types(gen('消息列表，上面能搜聊天记录，下面一条条会话'))[0], 'search-bar');
  assert.equal(types(gen('二手车搜索结果，上面搜车型，下面按价格、里程筛'))[0], 'search-bar');
});

test('one more field after a form\'s list, the button that sends it, and a list like a chat', () => {
  const doc = gen('发布闲置的页面，能填标题、价格，还能上传图片，填完点发布');
  assert.deepEqual((props(doc, 'form')?.fields as { label: string }[]).map((f) => f.label), ['标题', '价格', '图片']);
  assert.equal(props(doc, 'form')?.submit, '发布');
  assert.equal(props(gen('文章详情，正文下面的评论做成像聊天那样一条条的'), 'list')?.style, 'chat');
});

test('spaced steps end at 最下面; an action said alone at the bottom is the button', () => {
  const doc = gen('课程详情 然后目录用步骤条 环境搭建 基础语法 项目实战 最下面 立即报名');
  assert.deepEqual(props(doc, 'steps')?.items, ['环境搭建', '基础语法', '项目实战']);
  assert.equal(props(doc, 'cta')?.text, '立即报名');
});

test('steps counted before their colon with no steps word; 单独 before a button; words beside the button', () => {
  assert.deepEqual(props(gen('投稿页：最上面三步：上传视频、填写信息、发布，现在在第二步'), 'steps'), { items: ['上传视频', '填写信息', '发布'], active: 1 });
  assert.equal(props(gen('结算页，合计 58。页面底部单独一个按钮 去支付。'), 'cta')?.text, '去支付');
  const doc = gen('确认订单，底部按钮“提交订单”，按钮旁边显示价格¥23.5');
  assert.equal(props(doc, 'cta')?.text, '提交订单');
  assert.equal(props(doc, 'price')?.value, 23.5);
});

test('active and the index with no sign between', () => {
  assert.equal(props(gen('确认订单 steps 确认订单>支付>完成 active0 cta“提交订单”'), 'steps')?.active, 0);
  assert.equal(props(gen('结算 steps 购物车→确认→支付 active 1, cta “去支付”'), 'steps')?.active, 1);
});

test('cards counted in 篇, and one card counted in digits', () => {
  assert.equal(props(gen('资讯文章页：相关推荐：文章卡片单列放3篇'), 'card-list')?.count, 3);
  assert.equal(props(gen('结算页：商品卡单列，1个'), 'card-list')?.count, 1);
  // "一个卡片列表" is still a quantifier.
  assert.equal(props(gen('首页，一个卡片列表两列'), 'card-list')?.count, undefined);
});

test('entrances counted after 常用功能 are a grid; a row\'s count, then 共 and the whole', () => {
  const doc = gen('我的页：常用功能8个入口\n菜单：收货地址、客服中心、设置');
  assert.equal((props(doc, 'grid-menu')?.items as unknown[]).length, 8);
  assert.equal((props(doc, 'menu-list')?.items as unknown[]).length, 3);
  const grid = props(gen('搜索页：热门搜索：一行4个共8个入口'), 'grid-menu');
  assert.equal((grid?.items as unknown[]).length, 8);
  assert.equal(grid?.columns, 4);
  const rows = props(gen('外卖首页\n分类宫格 两行 每行5个 共10个\n横幅广告'), 'grid-menu');
  assert.equal((rows?.items as unknown[]).length, 10);
  assert.equal(rows?.columns, 5);
});

test('guarantee tags named 服务保障标签; the chosen tab after 默认选, and a label that begins with 选', () => {
  assert.deepEqual(props(gen('挂号确认页：服务保障标签：“支持退号”“电子发票”'), 'proof')?.items, ['支持退号', '电子发票']);
  assert.equal(props(gen('订单页：tab：全部、待入住、已入住，默认选“待入住”'), 'tabs')?.active, 1);
  assert.equal(props(gen('发布页，选择分类->填写详情->确认发布三步步骤条，停在选择分类'), 'steps')?.active, 0);
});

test('operations slots as banners, 服务保障角标, and a number with a dot after a space as a line marker', () => {
  assert.deepEqual(props(gen('消息列表页：头部“消息”；通栏运营位，标题“开通提醒”，副标题“不错过”'), 'banner'), { title: '开通提醒', subtitle: '不错过' });
  assert.deepEqual(props(gen('详情页，服务保障角标：正品保证、顺丰包邮；店铺信息'), 'proof')?.items, ['正品保证', '顺丰包邮']);
  assert.deepEqual(props(gen('购物车。1.头部标题“购物车” 2.保障条：正品行货、30天价保 3.商品单列卡片'), 'proof')?.items, ['正品行货', '30天价保']);
});

test('a page named by what it is for or what is on it, and a home page when nothing points elsewhere', () => {
  const name = (p: string) => gen(p).page.name;
  assert.equal(name('让用户输入手机号和验证码进去的界面，蓝色'), 'login_page');
  assert.equal(name('卖家把闲置拍照上传、写价格然后发出去的那一屏'), 'publish_page');
  assert.equal(name('付钱前核对收货地址和金额的一屏，按钮“提交订单”'), 'checkout_page');
  assert.equal(name('tab：全部、待付款、待收货，下面一张张卡片'), 'order_page');
  assert.equal(name('跟客服一来一回聊天的界面，底下输入框'), 'message_page');
  assert.equal(name('头像昵称，下面粉丝关注获赞三个数，再一个菜单：我的收藏、地址管理'), 'profile_page');
  assert.equal(name('列表：清除缓存、隐私、关于我们，最下面退出登录按钮'), 'settings_page');
  assert.equal(name('用户搜完关键词看到的：顶部搜索框，筛选 综合/销量，两列商品'), 'search_page');
  // Slides, a grid and a feed: the home page, even with a search box and a tab bar.
  assert.equal(name('顶部搜索框，轮播三张，图标宫格，两列商品，底部导航'), 'home_page');
  // A placeholder that mentions searching says nothing of the page.
  assert.equal(name('顶栏，搜索框占位文字“搜到就是赚到”，banner，底部tab'), 'home_page');
});

test('return-key symbols are line breaks, and an article\'s parts named alone', () => {
  assert.deepEqual(types(gen('资讯页 ⏎ 标题 ⏎ 作者 ⏎ 正文 ⏎ 评论')), ['user-info', 'text', 'list']);
  // At the bottom, 评论 is still the button to write one.
  assert.ok(types(gen('文章页：标题栏，正文，最下面评论')).includes('cta'));
});

test('a section moved by a later clause: 挪到, 改到, 放到 a side of another, between two, or trading places', () => {
  const order = (p: string) => types(gen(p));
  assert.deepEqual(order('订单页：标题栏，tab 全部/待收货，订单卡片一列。再来个搜索框，挪到tab上面'), ['topbar', 'search-bar', 'tabs', 'card-list']);
  assert.deepEqual(order('详情页：轮播，价格，店铺信息，底部按钮。店铺信息移到价格上面'), ['carousel', 'seller', 'price', 'cta']);
  assert.deepEqual(order('首页：搜索，轮播，分类tab，两列商品。在轮播和tab之间加一排数据'), ['search-bar', 'carousel', 'stats', 'tabs', 'card-list']);
  assert.deepEqual(order('首页：1 搜索 2 轮播 3 宫格 4 活动横幅。把横幅改到轮播前面'), ['search-bar', 'banner', 'carousel', 'grid-menu']);
  assert.deepEqual(order('我的页面：用户信息，会员横幅，宫格8个。宫格和横幅换个位置'), ['user-info', 'grid-menu', 'banner']);
  assert.deepEqual(order('个人中心：头像昵称，一排数据，功能菜单。刚才的数据换个地方，放到菜单下面'), ['user-info', 'menu-list', 'stats']);
  // Against the button, said by 按钮 alone; its sides are no labels of it.
  assert.deepEqual(order('设置页：顶部导航，按钮叫“切换账号”，再加一个设置列表，挪到按钮前面'), ['topbar', 'menu-list', 'cta']);
  assert.deepEqual(order('详情页：顶栏，轮播，店铺，还有“我想要”按钮。在店铺信息和按钮之间加个服务保障'), ['topbar', 'carousel', 'seller', 'proof', 'cta']);
  // The place said first, what goes there in the next clause.
  assert.deepEqual(order('购物车：标题栏，商品列表，底部结算按钮。在列表下面加个“为你推荐”，两列商品卡片'), ['topbar', 'list', 'card-list', 'cta']);
  // Between two, one of them named by a word that is no section's: right after the first.
  assert.deepEqual(order('个人主页：头像名字，数据统计，我的课程两列。数据和课程中间加一段简介文字'), ['user-info', 'stats', 'text', 'card-list']);
});

test('a section taken out, and the one said instead in its place', () => {
  assert.deepEqual(types(gen('详情页：轮播、价格、店铺信息、服务保障、底部按钮。算了保障那块不要了，改成一段介绍文字')), ['carousel', 'price', 'seller', 'text', 'cta']);
  assert.deepEqual(types(gen('详情页：轮播、价格、店铺信息、服务保障、底部按钮。保障去掉')), ['carousel', 'price', 'seller', 'cta']);
  const doc = gen('设置页：上面用户卡片，下面菜单：修改密码、关于。把用户卡片那块删掉，换成顶部标题“设置”');
  assert.deepEqual(types(doc), ['topbar', 'menu-list']);
  assert.equal(props(doc, 'topbar')?.title, '设置');
  // A list placed against is found by the cards' word too, and a notice placed against a chat list keeps its text.
  assert.deepEqual(types(gen('订单页：tab 全部/待收货，下面订单卡片。列表上方再放个搜索框')), ['tabs', 'search-bar', 'card-list']);
  assert.equal(props(gen('消息页：聊天列表。再加个公告栏，放在聊天列表上面：“今晚维护”'), 'notice-bar')?.text, '今晚维护');
});

test('entries numbered after a list\'s word and a colon, steps numbered in words, Chinese-numeral line markers, ￥ with thousands', () => {
  assert.deepEqual(props(gen('结算页：顶部加步骤：1) 选商品 2) 填地址 3) 付款 当前第2步'), 'steps'), { items: ['选商品', '填地址', '付款'], active: 1 });
  assert.deepEqual(props(gen('外卖订单页，进度：①已接单 ②骑手取餐 ③送达，当前骑手取餐'), 'steps')?.items, ['已接单', '骑手取餐', '送达']);
  assert.deepEqual(props(gen('订单页 顶部步骤条 第一步 选座 第二步 支付 第三步 出票 下面订单列表'), 'steps')?.items, ['选座', '支付', '出票']);
  assert.deepEqual(props(gen('课程页：大纲步骤：第一步 认识乐理；第二步 练习指法；第三步 弹唱'), 'steps')?.items, ['认识乐理', '练习指法', '弹唱']);
  // After other words, the markers number the page's parts.
  assert.deepEqual(types(gen('报名页，结构：1) 顶部标题“报名” 2) 表单：姓名、电话 3) 提交按钮“报名”')), ['topbar', 'form']);
  const menu = props(gen('设置页 蓝色\n一、顶部标题“设置”\n二、菜单 3 项：隐私、关于、注销账号\n三、按钮“退出登录”'), 'menu-list');
  assert.equal((menu?.items as unknown[]).length, 3);
  assert.equal((props(gen('设置页：菜单：隐私/通用/关于 —— 一共3项'), 'menu-list')?.items as unknown[]).length, 3);
  assert.deepEqual(props(gen('详情页，价格￥3,299（原价￥4,599）'), 'price'), { value: 3299, original: 4599, currency: '¥' });
});

test('a count said with 共 before the entries, and dashes after a count', () => {
  assert.deepEqual(props(gen('首页：频道tab共4个：推荐、本地、财经、体育'), 'tabs')?.items, ['推荐', '本地', '财经', '体育']);
  assert.deepEqual(props(gen('订单页：tab 三个——全部｜待发货｜已完成，默认待发货'), 'tabs'), { items: ['全部', '待发货', '已完成'], active: 1 });
  assert.deepEqual(props(gen('会员页：套餐宫格3列——月卡、季卡、年卡'), 'grid-menu'), { items: [{ label: '月卡' }, { label: '季卡' }, { label: '年卡' }], columns: 3 });
  assert.deepEqual(props(gen('菜谱文章页：步骤：备料→腌制→煎熟，共3步'), 'steps')?.items, ['备料', '腌制', '煎熟']);
  // After a row's count, 共 gives the whole.
  const grid = props(gen('首页：热门入口：一行4个共8个入口'), 'grid-menu');
  assert.equal(grid?.columns, 4);
  assert.equal((grid?.items as unknown[]).length, 8);
});

test('every goal in the catalog implies its page, as the dataset generator writes it', () => {
  for (const [name, page] of Object.entries(catalog.pages)) {
    for (const g of page.goals ?? []) {
      const doc = gen(`${g}的那一屏，蓝色`);
      assert.equal(doc.page.name, name, g);
      // The goal's own words are no sections.
      assert.deepEqual(types(doc), catalog.pages[name as keyof typeof catalog.pages].layout.map((s) => s.type), g);
    }
  }
});

test('a form\'s fields said one by one after the form, with 有, 还有, 再加上 and remarks', () => {
  const form = props(gen('发布职位的页面，就一个表单，有那个公司名称，然后岗位名称，还有工作城市，然后学历是选择的，再加上岗位描述'), 'form');
  assert.deepEqual((form?.fields as Array<{ label: string }>).map((f) => f.label), ['公司名称', '岗位名称', '工作城市', '学历', '岗位描述']);
});

test('one more quoted entry for the list just said, and words pointing at the list to come', () => {
  const items = (p: string) => (props(gen(p), 'menu-list')?.items as Array<{ label: string }>).map((i) => i.label);
  assert.deepEqual(items('我的页面。菜单：我的收藏、地址管理，再加一个“设置”'), ['我的收藏', '地址管理', '设置']);
  assert.deepEqual(items("我的页面。菜单：我的收藏、地址管理，再加个'客服'和'关于'"), ['我的收藏', '地址管理', '客服', '关于']);
  assert.deepEqual(props(gen('搜索结果页，筛选条件有以下几个：①区域 ②租金 ③户型'), 'filters')?.items, ['区域', '租金', '户型']);
});

test('chat bubbles said as a part are a chat list, and imply a page for chatting', () => {
  const doc = gen('买家和卖家砍价的界面：上面一张商品小卡片，下面对话气泡，底部输入框');
  assert.equal(doc.page.name, 'message_page');
  assert.equal(props(doc, 'list')?.style, 'chat');
  assert.equal(props(gen('消息页：顶栏，下面是聊天气泡'), 'list')?.style, 'chat');
  // As a look of a list, they name no list of their own.
  assert.deepEqual(props(gen('消息页：三条列表（聊天气泡样式）'), 'list'), { items: [{ title: '条目一' }, { title: '条目二' }, { title: '条目三' }], style: 'chat' });
});

test('on order and cart pages, cards listed with their columns are a card list', () => {
  assert.ok(types(gen('订单页：tab 全部/待收货，订单卡片列表，单列')).includes('card-list'));
  // Said without columns, the page's rows stay a list.
  assert.ok(types(gen('订单页：tab 全部/待收货，订单列表')).includes('list'));
});

test('a hint glued to what it is about or said at the top is a notice; inside or after a search box it is the box\'s', () => {
  assert.equal(props(gen('购物车：顶上一行配送提示“预计30分钟送达”，下面商品列表'), 'notice-bar')?.text, '预计30分钟送达');
  assert.equal(props(gen('购物车：上面提示“再买10元包邮”，下面商品列表'), 'notice-bar')?.text, '再买10元包邮');
  assert.equal(props(gen('搜索页：上面是搜索框，里面提示写“想吃点什么”'), 'search-bar')?.placeholder, '想吃点什么');
  assert.equal(props(gen('首页：顶部是搜索框，灰色提示“搜索商品和店铺”'), 'search-bar')?.placeholder, '搜索商品和店铺');
});

test('the bottom, a space, then the tab bar\'s entries', () => {
  assert.deepEqual(props(gen('个人中心：用户信息；菜单：我的收藏、设置；底部 首页/分类/消息/我的'), 'tabbar')?.items, ['home', 'category', 'message', 'user']);
});

test('entries one a line after a list\'s word and a colon', () => {
  const doc = gen('设置页，菜单：\n账号安全\n新消息通知\n关于\n底部按钮“退出登录”');
  assert.deepEqual((props(doc, 'menu-list')?.items as Array<{ label: string }>).map((i) => i.label), ['账号安全', '新消息通知', '关于']);
  assert.equal(props(doc, 'cta')?.text, '退出登录');
  // A line that says more than an entry ends them; a form's lines are its fields' own business.
  assert.deepEqual(props(gen('首页，tab：\n推荐\n关注\n然后下面两列商品'), 'tabs')?.items, ['推荐', '关注']);
});

test('a notice\'s text after 就写, entries each said as 一个 and a quote, a remark in brackets before an arrow, a hint at the bottom', () => {
  assert.equal(props(gen('首页：轮播三张，轮播下面来个公告，就写“新品第二杯半价”，然后商品列表'), 'notice-bar')?.text, '新品第二杯半价');
  assert.deepEqual(props(gen('消息页。tab，一个“私信”，一个“互动”，一个“通知”'), 'tabs')?.items, ['私信', '互动', '通知']);
  assert.deepEqual(types(gen('设置页；结构：标题栏（通用设置，返回）→菜单5项→按钮“恢复默认”')), ['topbar', 'menu-list', 'cta']);
  assert.equal(props(gen('发布页：顶部标题“发布笔记”。表单：标题、正文、图片。底下提示文字“优质笔记会被推荐”'), 'notice-bar')?.text, '优质笔记会被推荐');
});

test('the same kind of section said again after 改成 replaces what was said of it', () => {
  const doc = gen('搜索结果页：顶部搜索框，筛选：价格、品牌。结果一列店铺卡片。算了改成两列商品卡片');
  assert.deepEqual(types(doc), ['search-bar', 'filters', 'card-list']);
  assert.deepEqual(props(doc, 'card-list'), { columns: 2, card: { type: 'product-card' } });
});

test('ratings in Chinese numerals with 点, yuan and jiao, 已实名, bare numbered lines, a bar\'s icons in brackets', () => {
  assert.deepEqual(props(gen('课程详情页：讲师信息：王老师，评分四点八，已实名'), 'seller'), { name: '王老师', rating: 4.8, verified: true });
  assert.equal(props(gen('订单页：订单商品列表，再下面合计三十八元五角'), 'price')?.value, 38.5);
  const doc = gen('详情页。模块：\n1 顶栏（返回、分享）\n2 图片轮播\n3 价格区：现价1299，原价1599\n4 卖家信息');
  assert.deepEqual(types(doc), ['topbar', 'carousel', 'price', 'seller']);
  assert.deepEqual(props(doc, 'price'), { value: 1299, original: 1599, currency: '¥' });
  assert.notEqual(props(doc, 'topbar')?.title, '返回');
});

test('a side of the bar with 放, the gear icon, one space before entries joined by 、, and 切换 after tabs', () => {
  const doc = gen('首页：顶栏标题“早知道”，右侧放搜索，频道tab：推荐、关注');
  assert.deepEqual(props(doc, 'topbar')?.actions, ['search']);
  assert.ok(!types(doc).includes('search-bar'));
  assert.deepEqual(props(gen('我的页面：右上角一个齿轮图标，头像+名字“阿May”'), 'topbar')?.actions, ['settings']);
  assert.deepEqual(props(gen('首页：tab 推荐、关注、本地'), 'tabs')?.items, ['推荐', '关注', '本地']);
  assert.deepEqual(props(gen('搜索页：筛选 价格、区域、新旧程度'), 'filters')?.items, ['价格', '区域', '新旧程度']);
  // A verb may stand between the list's word and its spaced entries.
  assert.deepEqual(props(gen('搜索页，下面tab是 全部 商品 笔记 用户 四个'), 'tabs')?.items, ['全部', '商品', '笔记', '用户']);
  assert.deepEqual(props(gen('搜索页：tab 宝贝/用户 切换，筛选 价格、新旧程度'), 'tabs')?.items, ['宝贝', '用户']);
});

test('steps numbered in words with a pause before each', () => {
  assert.deepEqual(props(gen('发布页：顶部导航，往下流程：第一步 选择分类，第二步 填写详情，第三步 确认发布'), 'steps')?.items, ['选择分类', '填写详情', '确认发布']);
});

test('entries said with particles and closing words, 就 after a list word, and a tab strip at the bottom', () => {
  const grid = props(gen('首页，功能入口：充值啊、转账啊、理财、缴费这些，一共四个'), 'grid-menu')?.items as Array<{ label: string }>;
  assert.deepEqual(grid.map((x) => x.label), ['充值', '转账', '理财', '缴费']);
  assert.deepEqual(props(gen('订单页，tab就 待发货啊、已签收啊、退款这三个'), 'tabs')?.items, ['待发货', '已签收', '退款']);
  assert.deepEqual(props(gen('搜索页，筛选就是距离、评分、人均这几个'), 'filters')?.items, ['距离', '评分', '人均']);
  // A particle after one word of a sentence is no list.
  assert.equal(normalise('颜色要好看啊，再加个轮播').norm, '颜色要好看啊,再加个轮播');
  const doc = gen('首页：两列商品，底下tab栏有首页、消息、我的');
  assert.deepEqual(props(doc, 'tabbar')?.items, ['home', 'message', 'user']);
  assert.ok(!types(doc).includes('tabs'));
});

test('the chosen tab by 选 and its label, two quoted tabs joined by 和, the main one of two buttons named after them', () => {
  assert.equal(props(gen('消息页，上面tab是 私信 评论 点赞 三个，选评论那个'), 'tabs')?.active, 1);
  assert.deepEqual(props(gen('消息页，顶部有tab，就是“好友”和“群聊”两个，默认选“群聊”'), 'tabs'), { items: ['好友', '群聊'], active: 1 });
  assert.deepEqual(props(gen('消息页，顶部有tab，“好友”和“群聊”'), 'tabs')?.items, ['好友', '群聊']);
  assert.deepEqual(props(gen('详情页，底部：收藏 + 马上抢，主按钮是马上抢'), 'cta'), { text: '马上抢', secondary: '收藏' });
  assert.deepEqual(props(gen('详情页，底部两个按钮，问卖家和去下单，后者是主按钮'), 'cta'), { text: '去下单', secondary: '问卖家' });
  // A label with its role in brackets is one label, not two.
  assert.deepEqual(props(gen('登录页：按钮两个：注册（主）、随便看看'), 'cta'), { text: '注册', secondary: '随便看看' });
});

test('a hint opening its clause on a page with no search box, spaced tabs after a clause of their own, counts glued to the last entry', () => {
  const doc = gen('支付页：价格 88，提示：“超时未支付订单将取消”，底部按钮“去支付”');
  assert.equal(props(doc, 'notice-bar')?.text, '超时未支付订单将取消');
  assert.ok(!types(doc).includes('search-bar'));
  assert.equal(props(gen('搜索页：搜索框，提示：“搜索歌曲”'), 'search-bar')?.placeholder, '搜索歌曲');
  assert.deepEqual(props(gen('消息页 标题“通知” 三个tab 系统 / 活动 / 物流 当前在活动 下面统计'), 'tabs'), { items: ['系统', '活动', '物流'], active: 1 });
  const fields = (prompt: string) => (props(gen(prompt), 'form')?.fields as Array<{ label: string }>).map((f) => f.label);
  assert.deepEqual(fields('预约页：预约表单：称呼 电话 备注三栏'), ['称呼', '电话', '备注']);
  assert.deepEqual(fields('发布页：表单：标题、价格、再加个图片'), ['标题', '价格', '图片']);
  assert.deepEqual(fields('编辑资料页：资料表单，包含昵称、个性签名、生日。'), ['昵称', '个性签名', '生日']);
  // A row size is no count glued to an entry.
  assert.equal(props(gen('首页：宫格 外卖、打车、电影、酒店 一行四个'), 'grid-menu')?.columns, 4);
});

test('two buttons said with 一个 each, or with the main one named after them', () => {
  assert.deepEqual(props(gen('结算页，底部按钮 一个返回一个付款（付款是主按钮）'), 'cta'), { text: '付款', secondary: '返回' });
  assert.deepEqual(props(gen('文章页，底部两个按钮 收藏 和 转发，转发是主按钮'), 'cta'), { text: '转发', secondary: '收藏' });
  assert.deepEqual(props(gen('设置页，按钮写切换账号和退出登录 退出登录是主按钮'), 'cta'), { text: '退出登录', secondary: '切换账号' });
});

test('icons listed at a clause\'s start make a grid, a particle before the colon, hints in brackets and inside the box', () => {
  const grid = props(gen('首页，入口图标有外卖、跑腿、买药、超市，四个，两列排。'), 'grid-menu');
  assert.deepEqual((grid?.items as Array<{ label: string }>).map((x) => x.label), ['外卖', '跑腿', '买药', '超市']);
  assert.equal(grid?.columns, 2);
  assert.deepEqual(props(gen('首页，tab有两个吧：精选 附近'), 'tabs')?.items, ['精选', '附近']);
  assert.equal(props(gen('搜索页：顶部搜索框（占位文字：搜店铺）'), 'search-bar')?.placeholder, '搜店铺');
  assert.equal(props(gen('搜索页：上面搜索框，里面默认写“机械键盘”'), 'search-bar')?.placeholder, '机械键盘');
  assert.equal(props(gen('搜索页：结果列表，普通列表样式'), 'list')?.style, 'plain');
});

test('an app of some kind\'s home page, and a button beside a logo at the top', () => {
  const doc = gen('科普类首页。顶部logo旁边一个搜索按钮，下面频道tab：天文、生物');
  assert.equal(doc.page.name, 'home_page');
  assert.deepEqual(props(doc, 'topbar')?.actions, ['search']);
  assert.ok(!types(doc).includes('cta'));
  assert.equal(props(gen('详情页，底部收藏，旁边一个马上预订按钮'), 'cta')?.text, '马上预订');
});

test('a row size before the colon, a hint after 有个, the start of a tab\'s label, buttons by their sides', () => {
  const grid = props(gen('我的页面。服务宫格 3个一行：钱包 卡券 积分'), 'grid-menu');
  assert.deepEqual((grid?.items as Array<{ label: string }>).map((x) => x.label), ['钱包', '卡券', '积分']);
  assert.equal(grid?.columns, 3);
  assert.equal(props(gen('发布页：顶部标题“发动态”，上面有个提示文字“请勿发布广告”，然后要填标题、正文'), 'notice-bar')?.text, '请勿发布广告');
  assert.equal(props(gen('登录页，tab：短信登录 | 密码登录，默认密码'), 'tabs')?.active, 1);
  assert.deepEqual(props(gen('详情页，底部按钮 左边“咨询” 右边“预约”'), 'cta'), { text: '预约', secondary: '咨询' });
  assert.deepEqual(props(gen('详情页，底部按钮 左边“到店付”（主） 右边“在线付”'), 'cta'), { text: '到店付', secondary: '在线付' });
});

test('what a title stands for before its quote, the back arrow then a quote, a banner\'s background text, a page like another', () => {
  const doc = gen('聊天页，就是和房东聊天那种。上面标题写对方名字“李先生”');
  assert.equal(props(doc, 'topbar')?.title, '李先生');
  assert.ok(!types(doc).includes('seller'));
  assert.equal(props(gen('购物车页，顶部：返回 + “购物袋”，商品列表'), 'topbar')?.title, '购物袋');
  const banner = props(gen('我的页面，banner背景写“周末愉快”'), 'banner');
  assert.equal(banner?.title, '周末愉快');
});

test('a logo at the top, spaced entries counted before 图标一排, what each entry shows', () => {
  assert.ok(types(gen('登录页，上面放个logo，下面表单：邮箱、密码')).includes('topbar'));
  const grid = props(gen('我的页面：头像昵称 / 待付款 待发货 待收货 三个图标一排 / 底部tab'), 'grid-menu');
  assert.deepEqual((grid?.items as Array<{ label: string }>).map((x) => x.label), ['待付款', '待发货', '待收货']);
  const orders = gen('订单页：顶部tab 全部/待评价，每条显示店名、金额、状态');
  assert.deepEqual(types(orders), ['tabs', 'list']);
  assert.deepEqual(types(gen('消息页：会话列表，每条显示头像、昵称、时间')), ['list']);
  // How each entry of a menu looks is a detail, no list of its own.
  assert.deepEqual(types(gen('设置页：设置项，每项带箭头')), ['menu-list']);
});

test('tabs said by switching, filters by 可以筛, a search at the top by 能搜, carousels by pictures that take turns', () => {
  assert.deepEqual(props(gen('首页，下面能切 精选/新品/折扣，然后商品两列'), 'tabs')?.items, ['精选', '新品', '折扣']);
  assert.deepEqual(props(gen('首页，可以按 男鞋/女鞋/童鞋 切换'), 'tabs')?.items, ['男鞋', '女鞋', '童鞋']);
  assert.deepEqual(props(gen('我的页面，头像；下面“草稿”和“已发布”两个切换'), 'tabs')?.items, ['草稿', '已发布']);
  // At the bottom the entries are the tab bar's, and switching between them there says so.
  const bottom = gen('文章页：正文，底部能切换首页、分类、我的');
  assert.deepEqual(props(bottom, 'tabbar')?.items, ['home', 'category', 'user']);
  assert.ok(!types(bottom).includes('tabs'));
  // A verb glued into an entry is no switching: 切菜 is a step.
  assert.deepEqual(props(gen('菜谱文章：步骤条 洗菜、切菜、下锅'), 'steps')?.items, ['洗菜', '切菜', '下锅']);
  assert.deepEqual(props(gen('搜索页，顶部搜，下面一排可以筛：品牌、价格、尺码'), 'filters')?.items, ['品牌', '价格', '尺码']);
  assert.deepEqual(types(gen('搜索结果页，上面能搜，结果两列商品')), ['search-bar', 'card-list']);
  assert.equal(types(gen('首页，顶上可以搜东西，接着几张大图轮着放'))[1], 'carousel');
  assert.equal(props(gen('详情页，四张图来回切，价格 99'), 'carousel')?.count, 4);
});

test('the tab bar after 最底下是 and a few words, a plus alone in it', () => {
  assert.deepEqual(props(gen('首页，最底下是 首页、购物车、我的'), 'tabbar')?.items, ['home', 'cart', 'user']);
  assert.deepEqual(props(gen('首页，最底下常规的 首页 分类 我的'), 'tabbar')?.items, ['home', 'category', 'user']);
  assert.deepEqual(props(gen('首页，最底下的导航中间要有个发布的加号'), 'tabbar')?.items, ['home', 'category', 'plus', 'cart', 'user']);
});

test('things said with how many sit in a row are cards, a button said after words of order', () => {
  assert.deepEqual(props(gen('花店首页，然后下面放一堆花束，两个一排'), 'card-list')?.columns, 2);
  assert.equal(props(gen('资讯首页，再往下是一篇篇报道，单列排'), 'card-list')?.columns, 1);
  // A row size after a part that has one (宫格, 入口, a count) stays that part's.
  const grid = gen('首页，宫格菜单，十个入口，五个一行');
  assert.equal(props(grid, 'grid-menu')?.columns, 5);
  assert.ok(!types(grid).includes('card-list'));
  const doc = gen('文章页：顶部返回；正文；文末一个“打赏作者”');
  assert.equal(props(doc, 'cta')?.text, '打赏作者');
  assert.equal(props(doc, 'text')?.body, undefined);
});

test('a line that scrolls or a reminder is a notice, rows one after another are a list, what a chat row shows is no section', () => {
  assert.equal(props(gen('首页；然后滚动一条“周末全场八折”；再往下是商品两列'), 'notice-bar')?.text, '周末全场八折');
  assert.equal(props(gen('登录页：一条安全提醒滚动：“请勿泄露验证码”；输入：手机号、密码'), 'notice-bar')?.text, '请勿泄露验证码');
  assert.equal(props(gen('我的页面：头像名字，然后一个提醒“积分即将过期”'), 'notice-bar')?.text, '积分即将过期');
  // A title ending in 提醒 is no reminder.
  assert.equal(props(gen('订单页：banner“行程提醒” subtitle“明天出发”'), 'banner')?.title, '行程提醒');
  assert.deepEqual(types(gen('订单页：订单一张张排下去')), ['list']);
  const chat = gen('消息页：再下面一条条聊天，有头像、昵称、最后一句和时间');
  assert.deepEqual(types(chat), ['list']);
  assert.equal(props(chat, 'list')?.style, 'chat');
});

test('clauses of verbs of filling in are a form\'s fields, but not steps, nor words that only begin with such a verb', () => {
  const fields = (prompt: string) => (props(gen(prompt), 'form')?.fields as Array<{ label: string }> | undefined)?.map((f) => f.label);
  assert.deepEqual(fields('发帖页：让用户写标题、正文，可以配图，还能选个分类；底部“发表”'), ['标题', '正文', '图片', '分类']);
  assert.deepEqual(fields('点评页：让用户打个分、写几句评价、传几张照片'), ['评分', '评价', '照片']);
  assert.deepEqual(fields('发布页：填 商品名称、价格、库存'), ['商品名称', '价格', '库存']);
  assert.deepEqual(fields('登录页：要能输入邮箱和密码'), ['邮箱', '密码']);
  assert.deepEqual(props(gen('发布页：步骤：填写信息、上传图片、提交审核'), 'steps')?.items, ['填写信息', '上传图片', '提交审核']);
  // 设计 and 配色 begin with a verb of filling in, and are none.
  assert.equal(gen('设计一个购物车界面，配色用银白色。').page.name, 'cart_page');
});

test('figures with no stats word, guarantees written out, a passage about something, sorting by entries', () => {
  const stats = props(gen('文章页：正文；下面显示 阅读 3.1万、点赞 120、收藏 45'), 'stats')?.items as Array<{ label: string }>;
  assert.deepEqual(stats.map((s) => s.label), ['阅读', '点赞', '收藏']);
  // Thresholds are no figures, nor is a price with its original.
  assert.deepEqual(props(gen('购物车：“满减进度”用步骤条：满99、满199、满299，当前第二档'), 'steps')?.items, ['满99', '满199', '满299']);
  assert.ok(!types(gen('详情页：价格 299、原价 399、运费 0')).includes('stats'));
  assert.deepEqual(props(gen('详情页：价格 99；写上“官方正品”、“全国联保”'), 'proof')?.items, ['官方正品', '全国联保']);
  const detail = gen('详情页：价格 99；一段商品介绍；底部按钮');
  assert.ok(types(detail).includes('text'));
  assert.ok(!types(detail).includes('card-list'));
  assert.deepEqual(props(gen('搜索页：下面能按 距离、好评、人均 排一下'), 'filters')?.items, ['距离', '好评', '人均']);
  const grid = props(gen('首页：下面一块分类小图标：美妆、数码、家电'), 'grid-menu')?.items as Array<{ label: string }>;
  assert.deepEqual(grid.map((x) => x.label), ['美妆', '数码', '家电']);
});

test('English glue: then, current step N, hyphened counts, card grids, filter chips, order cards', () => {
  const profile = gen('Profile page. tabs 动态 / 相册, then 3-column card grid of posts.');
  assert.deepEqual(props(profile, 'tabs')?.items, ['动态', '相册']);
  assert.equal(props(profile, 'card-list')?.columns, 3);
  assert.equal(props(gen('Publish page. Steps on top: 基本信息 -> 上传图片 -> 完成, current step 2.'), 'steps')?.active, 1);
  assert.equal(props(gen('Detail page. carousel 5 images, price ¥99'), 'carousel')?.count, 5);
  assert.deepEqual(props(gen('Search page. filter chips：最近、最热'), 'filters')?.items, ['最近', '最热']);
  assert.deepEqual(types(gen('My orders page. Top tabs: All / Paid. Then order cards.')), ['tabs', 'list']);
  // A plus in a list of icons stays the plus icon.
  assert.deepEqual(props(gen('首页 tabbar: home/plus/user'), 'tabbar')?.items, ['home', 'plus', 'user']);
});

test('a box to type in and its send button, a second button beside after words of adding, quotes side by side, the current step in brackets', () => {
  assert.deepEqual(props(gen('私聊页：聊天气泡，底部输入框+发送'), 'form'), { submit: '发送' });
  assert.deepEqual(props(gen('详情页：底部按钮“立即预订”，旁边再放个“收藏”'), 'cta'), { text: '立即预订', secondary: '收藏' });
  assert.equal(props(gen('文章页：底部按钮“收藏”“分享”'), 'cta')?.secondary !== undefined, true);
  assert.equal(props(gen('订单页：物流进度：已下单、运输中、已签收（先停在第二步）'), 'steps')?.active, 1);
  assert.deepEqual(props(gen('结算页：步骤条（选商品→付款→完成，当前在第二步）'), 'steps'), { items: ['选商品', '付款', '完成'], active: 1 });
  assert.deepEqual(types(gen('设置页：顶栏、三组菜单、底部文字“v1.0”')), ['topbar', 'menu-list', 'text']);
  assert.deepEqual(types(gen('消息页：下面是私信列表')), ['list']);
  assert.equal((props(gen('首页：数据条：会员 3万、好评率 98%'), 'stats')?.items as unknown[]).length, 2);
});

test('two login fields joined by 和, a remark in brackets after a field to fill, stages, steps counted before a colon, a notice that reminds', () => {
  const fields = (prompt: string) => (props(gen(prompt), 'form')?.fields as Array<{ label: string }> | undefined)?.map((f) => f.label);
  assert.deepEqual(fields('登录页：上面写“某某大学”，然后学号和密码，登录按钮'), ['学号', '密码']);
  assert.ok(!types(gen('登录页：头像和昵称')).includes('form'));
  assert.deepEqual(fields('注册页：要填昵称、生日（选日期那种）、性别（下拉）'), ['昵称', '生日', '性别']);
  assert.deepEqual(props(gen('课程页：把学习的几个阶段按顺序列出来：入门、进阶、实战'), 'steps')?.items, ['入门', '进阶', '实战']);
  assert.deepEqual(props(gen('发布页：开店要三步：填写店铺信息、上传证件、等待审核，现在在第二步'), 'steps'), { items: ['填写店铺信息', '上传证件', '等待审核'], active: 1 });
  // 最后一步 is no count of steps.
  assert.deepEqual(props(gen('支付页：最后一步：步骤条 选座→付款，当前第二步'), 'steps')?.items, ['选座', '付款']);
  assert.equal(props(gen('首页：一个公告条提醒“满59元免运费”'), 'notice-bar')?.text, '满59元免运费');
});

test('a key and its value on a new line ends a list, figures after 状态数字, who the other side of a chat is, one icon in brackets after the bar', () => {
  const doc = gen('花店首页：\n宫格3个：生日、探望、商务\n节日提示：“母亲节预定已开启”\n商品两列');
  assert.equal((props(doc, 'grid-menu')?.items as unknown[]).length, 3);
  assert.equal(props(doc, 'notice-bar')?.text, '母亲节预定已开启');
  assert.equal((props(gen('订单页：下面三个状态数字：待付款 1、待发货 0、售后 2'), 'stats')?.items as unknown[]).length, 3);
  assert.equal(props(gen('私聊页，对方是“房东王姐”，聊天气泡'), 'topbar')?.title, '房东王姐');
  assert.deepEqual(props(gen('搜索页。topbar（返回）→ 搜索框'), 'topbar')?.actions, ['back']);
  // A word that may be the bar's title stays its title.
  assert.equal(props(gen('消息页：头部（消息）右上角有返回'), 'topbar')?.title, '消息');
  assert.equal(gen('菜谱详情页：封面轮播3张').page.name, 'article_page');
  assert.deepEqual(types(gen('个人主页：tab：笔记、收藏，内容用两列瀑布流卡片')), ['tabs', 'card-list']);
});

test('stats cards, a default text for the search box, quantities inside a list, more slips', () => {
  const stats = props(gen('设置页：一个数据统计卡片：今日学习 25 分钟、连续打卡 7 天；菜单列表'), 'stats')?.items as unknown[];
  assert.equal(stats.length, 2);
  assert.equal(props(gen('搜索页：搜索框在顶部，默认文字“搜索你想要的宝贝”'), 'search-bar')?.placeholder, '搜索你想要的宝贝');
  const list = props(gen('购物车：列表：美式咖啡 ×2、拿铁 ×1、可颂 ×1；合计价格 68'), 'list')?.items as Array<{ title: string }>;
  assert.deepEqual(list.map((x) => x.title), ['美式咖啡', '拿铁', '可颂']);
  assert.ok(!types(gen('购物车：列表：美式咖啡 ×2、拿铁 ×1、可颂 ×1')).includes('stats'));
  // A count after a section word stays its count.
  assert.equal(props(gen('首页：轮播 x4、宫格'), 'carousel')?.count, 4);
  assert.equal(props(gen('购物车 公告拦“满99包邮”'), 'notice-bar')?.text, '满99包邮');
});

test('a notice said by what it does with its text unquoted, switching entries set apart by spaces or joined by +', () => {
  assert.equal(props(gen('首页：顶部栏,然后滚动一条会员积分可抵现,然后一块活动横幅'), 'notice-bar')?.text, '会员积分可抵现');
  assert.equal(props(gen('结算页 一、导航栏 二、滚动一条双十一活动进行中，可关闭'), 'notice-bar')?.text, '双十一活动进行中');
  assert.deepEqual(props(gen('订单页：顶部栏+可以按 全部/待收货/已取消 切换+订单列表'), 'tabs')?.items, ['全部', '待收货', '已取消']);
  assert.deepEqual(props(gen('首页 下面能切 关注 / 推荐 / 同城 大图轮播'), 'tabs')?.items, ['关注', '推荐', '同城']);
  assert.deepEqual(props(gen('订单页，包括头部、最下面已完成/全部/待付款tab切换 紫色风格'), 'tabs')?.items, ['已完成', '全部', '待付款']);
});

test('entries before their count after a place word, 下单步骤 is no single step, the current step said after the last one', () => {
  assert.deepEqual(props(gen('首页，下面出货/求货两个tab，双列商品卡片'), 'tabs')?.items, ['出货', '求货']);
  assert.deepEqual(props(gen('确认订单页：显示下单步骤：确认订单→支付→完成 当前在第一步'), 'steps'), { items: ['确认订单', '支付', '完成'], active: 0 });
  assert.deepEqual(props(gen('订单页：物流 步骤条：已下单→运输中→已签收 当前第二步'), 'steps')?.items, ['已下单', '运输中', '已签收']);
});

test('the parts a user card shows in brackets, the back button after the bar, entries with 的, a list in one quote, a notice put at the top afterwards', () => {
  const user = props(gen('我的页面：顶部用户信息（头像、昵称、手机号），下面菜单：设置'), 'user-info');
  assert.equal(user?.name, undefined);
  assert.equal(user?.stats, undefined);
  const settings = gen('设置页。topbar 标题“设置”，返回按钮；列表：支付设置；退出登录按钮');
  assert.deepEqual(props(settings, 'topbar')?.actions, ['back']);
  assert.equal(types(settings).filter((t) => t === 'cta').length, 1);
  const menu = props(gen('我的页面：菜单列表：我的地址、收藏的店、客服中心'), 'menu-list')?.items as Array<{ label: string }>;
  assert.deepEqual(menu.map((x) => x.label), ['我的地址', '收藏的店', '客服中心']);
  assert.deepEqual(props(gen('购物车：下面是保障“正品保证、全国联保”'), 'proof')?.items, ['正品保证', '全国联保']);
  assert.equal(props(gen('搜索页：搜索框“目的地/景点/酒店”'), 'search-bar')?.placeholder, '目的地/景点/酒店');
  assert.equal(types(gen('消息页：tab：交易、活动；通知列表；哦对了最上面还要有个公告“谨防诈骗”'))[0], 'notice-bar');
});

test('a line that scrolls at the top, a few entries listed on a settings page, the plus in the tab bar said as a button', () => {
  assert.equal(props(gen('购物车，最上面一条滚动的通知写“满300减50”，然后商品'), 'notice-bar')?.text, '满300减50');
  assert.equal((props(gen('设置页，列几项：通知、隐私、通用'), 'menu-list')?.items as unknown[]).length, 3);
  const home = gen('首页：商品两列，底下导航栏中间要有个加号发布的按钮');
  assert.ok((props(home, 'tabbar')?.items as string[]).includes('plus'));
  assert.ok(!types(home).includes('cta'));
});

test('more words people use for sections, and figures after the stats word and a space', () => {
  assert.equal((props(gen('设置页：菜单项：字体大小、深色模式、语言'), 'menu-list')?.items as unknown[]).length, 3);
  assert.ok(types(gen('首页：顶部搜索，下面功能区，再下面推荐区两列')).includes('grid-menu'));
  assert.equal(types(gen('首页：顶部搜索，下面跑马灯“新人立减10元”'))[1], 'notice-bar');
  assert.ok(types(gen('我的页面：头像区，下面操作列表：通知、隐私')).includes('menu-list'));
  assert.equal((props(gen('文章页：正文；数据 阅读 5.2万 点赞 1.1万；评论区'), 'stats')?.items as unknown[]).length, 2);
  // A word that holds a section's word stays one word: 分类宫格菜单 is one grid, 双列卡片列表 one card list.
  assert.deepEqual(types(gen('首页：签到、领券、美食、分类宫格菜单')), ['grid-menu']);
  assert.equal(props(gen('首页：轮播3张活动图'), 'carousel')?.count, 3);
});

test('English words for pages, sections and the original price', () => {
  assert.equal(gen('sign in 页面，表单：邮箱、密码').page.name, 'login_page');
  assert.equal(gen('user profile，头像昵称').page.name, 'profile_page');
  assert.ok(types(gen('首页：hero banner 标题“Hello”，下面 icon grid：外卖、打车')).includes('grid-menu'));
  assert.equal(props(gen('detail page: price ¥99, original price ¥129'), 'price')?.original, 129);
  assert.equal(types(gen('消息页：announcement bar “系统维护中”'))[0], 'notice-bar');
  // A one-word page name in English may be a title: it stays one.
  assert.equal(props(gen('消息页：顶部标题 Inbox'), 'topbar')?.title, 'Inbox');
});

test('the seller\'s picture and name are the seller\'s card, and a role before a name is no part of it', () => {
  const doc = gen('二手详情页：先是卖家头像昵称（“阿强的店”，信用4.6分），然后价格 ¥99');
  assert.equal(props(doc, 'seller')?.name, '阿强的店');
  assert.ok(!types(doc).includes('user-info'));
  assert.equal(props(gen('民宿详情页：房东信息（房东 王姐，评分4.9）'), 'seller')?.name, '王姐');
});

test('counts a user card shows, said right after it with no numbers', () => {
  assert.deepEqual(props(gen('个人中心 头像昵称 关注/粉丝/获赞 菜单:设置'), 'user-info')?.stats, ['关注', '粉丝', '获赞']);
  // With figures they are stats of their own.
  assert.ok(types(gen('个人中心：头像昵称，下面 关注 12、粉丝 30、获赞 99')).includes('stats'));
});

test('icons said by how they look: a magnifier, a small bell, a hamburger menu', () => {
  assert.deepEqual(props(gen('首页：最上面左边logo右边一个放大镜'), 'topbar')?.actions, ['search']);
  assert.deepEqual(props(gen('设置页：顶栏右上角汉堡菜单'), 'topbar')?.actions, ['menu']);
});

test('known login fields set apart by spaces on a login page, only when they are the whole group', () => {
  const fields = (prompt: string) => (props(gen(prompt), 'form')?.fields as Array<{ label: string }> | undefined)?.map((f) => f.label);
  assert.deepEqual(fields('登录页 极简 logo 邮箱 密码 登录按钮 微信登录'), ['邮箱', '密码']);
  assert.deepEqual(fields('注册页：信息填写（手机号 验证码 用户名 邀请码）'), ['手机号', '验证码', '用户名', '邀请码']);
});

test('self-corrections of a colour, a count given a reason, and an entry taken back in brackets', () => {
  assert.equal(gen('我的页面，用紫色，啊不是，改成橙色……算了，就海洋蓝吧。菜单：收藏、设置').page.theme, 'ocean-blue');
  assert.equal(props(gen('首页，商品卡片四列……算了四列太小，两列'), 'card-list')?.columns, 2);
  // An entry added with the new count is still added, not read as the count said again.
  assert.equal((props(gen('发布页，表单：标题、正文、位置，一共三个，哦不对，再加个话题，四个'), 'form')?.fields as unknown[]).length, 4);
  assert.deepEqual(props(gen('首页，底部导航：首页、直播（先不要）、购物车、我的'), 'tabbar')?.items, ['home', 'cart', 'user']);
});

test('the chosen tab said with 默认在, 默认看 or an equals sign', () => {
  assert.equal(props(gen('个人页 tab：在售、已售、收藏，默认在售'), 'tabs')?.active, 0);
  assert.deepEqual(props(gen('订单页，tab分外卖、到店、团购三类，默认看团购'), 'tabs'), { items: ['外卖', '到店', '团购'], active: 2 });
  assert.deepEqual(props(gen('订单页 tabs = 进行中 / 已完成，默认已完成'), 'tabs'), { items: ['进行中', '已完成'], active: 1 });
  assert.equal(props(gen('搜索页 tabs：书籍 / 作者 / 书单（active=0）'), 'tabs')?.active, 0);
});

test('figures after 统计数字 or a verb of showing, and a place in the page is no price', () => {
  assert.equal((props(gen('首页，一排统计数字：会员2万人、今日订单560单、门店3千+'), 'stats')?.items as unknown[]).length, 3);
  assert.equal((props(gen('健身首页；stats显示 今日步数 6100 / 消耗 210 kcal'), 'stats')?.items as unknown[]).length, 2);
  assert.equal(props(gen('结算页。第三块价格 88。'), 'price')?.value, 88);
});

test('buttons: one more added after the first, a form whose submit was named, and the English key of a label', () => {
  assert.deepEqual(props(gen('购物车页，底部按钮“去结算”，再加一个“清空”'), 'cta'), { text: '去结算', secondary: '清空' });
  const doc = gen('登录页：表单：邮箱、密码，提交按钮写“登录”；下面再放一个按钮“忘记密码”');
  assert.equal(props(doc, 'form')?.submit, '登录');
  assert.equal(props(doc, 'cta')?.text, '忘记密码');
  assert.equal(props(gen('详情页，CTA 按钮 text 是“马上预约”'), 'cta')?.text, '马上预约');
  assert.ok(!types(gen('详情页，CTA 按钮 text 是“马上预约”')).includes('text'));
});

test('notices said with a count, or with their text before their word; English page names after Chinese', () => {
  assert.equal(props(gen('发布页，最上面提示一句“图片不超过9张”，然后表单'), 'notice-bar')?.text, '图片不超过9张');
  assert.equal(props(gen('结算页，上面一条“满99包邮”的公告，然后商品列表'), 'notice-bar')?.text, '满99包邮');
  assert.ok(!types(gen('二手手机detail page，轮播3张，价格1999')).includes('card-list'));
  assert.equal(gen('活动发布page，表单：活动名称、时间').page.name, 'publish_page');
});

test('guarantees set apart by slashes as a part of their own, and a top bar holding one action', () => {
  assert.deepEqual(props(gen('详情页 轮播→价格→正品保证/极速退款/顺丰包邮→按钮'), 'proof')?.items, ['正品保证', '极速退款', '顺丰包邮']);
  assert.deepEqual(props(gen('订单页 topbar：标题“订单”，actions 只放 search'), 'topbar')?.actions, ['search']);
});

test('a list said with columns is cards, unless cards are named beside it or it is `list` in one column', () => {
  assert.deepEqual(props(gen('二手房首页，筛选：价格、面积 -> 房源列表 两列 -> 底部导航'), 'card-list')?.columns, 2);
  assert.deepEqual(props(gen('资讯首页，文章列表 两列'), 'card-list')?.card, { type: 'article-card' });
  assert.ok(types(gen('音乐搜索页 | searchbar | list 单列')).includes('list'));
  assert.ok(types(gen('订单页：订单列表单列，下面为你推荐两列商品卡片')).includes('list'));
});

test('a section named in the opening clause stands where it is said again', () => {
  assert.deepEqual(types(gen('会话列表，蓝色的。顶部搜索。下面会话列表：小王、老李，聊天样式。底部导航')), ['search-bar', 'list', 'tabbar']);
  assert.deepEqual(types(gen('音乐的搜索结果，顶部搜索，tab：单曲、歌手，下面结果卡片两列')), ['search-bar', 'tabs', 'card-list']);
});

test('placing against a section: one named here for the first time, and a menu named by its entries', () => {
  assert.deepEqual(types(gen('登录页。账号框上面有一行通知：“系统维护至8点”。然后账号、密码。按钮“登录”')).slice(0, 2), ['notice-bar', 'form']);
  const doc = gen('设置页，一列选项：修改密码、关于我们。对了，选项上面加一个提示条，写“请先绑定手机”。');
  assert.deepEqual(types(doc).slice(0, 2), ['notice-bar', 'menu-list']);
});

test('a bar\'s button said aloud or drawn with a named icon is the bar\'s action, not a button of its own', () => {
  assert.deepEqual(types(gen('购物车 顶部标题 购物车 右边有个 更多 按钮；商品卡片单列；底部按钮 写 去结算')), ['topbar', 'card-list', 'cta']);
  const doc = gen('购物车页面。上面标题写购物车，右边有个整理的按钮（用 settings 图标就行）。中间是列表');
  assert.deepEqual(props(doc, 'topbar')?.actions, ['settings']);
  assert.ok(!types(doc).includes('cta'));
});

test('fields: labels ending in 选择 or 上传, and labels set apart by spaces after 填：', () => {
  const fields = (prompt: string) => (props(gen(prompt), 'form')?.fields as Array<{ label: string }> | undefined)?.map((f) => f.label);
  assert.deepEqual(fields('发布二手页：标题、描述、价格、成色选择、图片上传'), ['标题', '描述', '价格', '成色选择', '图片上传']);
  assert.deepEqual(fields('发游记的页面 让用户填：标题 目的地 步骤 照片 差不多就这些'), ['标题', '目的地', '步骤', '照片']);
});

test('a logo and icons at the top are the top bar\'s', () => {
  const doc = gen('资讯首页：顶部logo+搜索、通知两个按钮，频道tab：推荐、热点');
  assert.deepEqual(props(doc, 'topbar')?.actions, ['search', 'bell']);
  assert.ok(!types(doc).includes('cta'));
});

test('one or two actions after the bottom\'s word, alone in their clause, are its buttons', () => {
  assert.deepEqual(props(gen('详情页 轮播3张 价格99 底部 加入购物车+立即购买'), 'cta'), { text: '立即购买', secondary: '加入购物车' });
  assert.deepEqual(props(gen('外卖详情 价格28 底部 去结算'), 'cta'), { text: '去结算' });
  // Icons at the bottom are still the tab bar.
  assert.deepEqual(props(gen('首页 底部 首页 消息 我的'), 'tabbar')?.items, ['home', 'message', 'user']);
});

test('rows said by what they hold: shops one to a row, one row for each thing, people one after another', () => {
  assert.deepEqual(props(gen('外卖首页。下面是附近的商家，一家一行。底部导航'), 'card-list'), { columns: 1, card: { type: 'shop-card' } });
  assert.ok(types(gen('机票订单页，下面每张机票一条')).includes('list'));
  const doc = gen('消息页。然后聊天的人一个一个，左边头像右边名字和最后一句话。');
  assert.deepEqual(types(doc), ['list']);
  assert.equal(props(doc, 'list')?.style, 'chat');
});

test('tabs listed after the bottom\'s word after a pause, or glued to it from 首页; 我 and + at the bottom', () => {
  assert.deepEqual(props(gen('消息列表：再下面一条条聊天；最底下 首页 发现 消息 我'), 'tabbar')?.items, ['home', 'message', 'user']);
  assert.ok(types(gen('视频首页。然后是视频，双列；底下 首页、朋友、+、消息、我')).includes('tabbar'));
  assert.deepEqual(props(gen('我的页面：常用功能：收藏、足迹 / 底下首页、消息、我的三个'), 'tabbar')?.items, ['home', 'message', 'user']);
});

test('a landlord named between pauses, a head holding the user\'s picture, and a chat said as 聊天对话', () => {
  assert.deepEqual(props(gen('民宿详情 轮播4张 价格288/晚 房东 林阿姨 评分4.7 已实名认证'), 'seller'), { name: '林阿姨', rating: 4.7, verified: true });
  const me = gen('我的｜头部：头像、昵称｜菜单：钱包、设置');
  assert.equal(types(me)[0], 'user-info');
  assert.equal(props(me, 'user-info')?.name, undefined);
  assert.equal(props(gen('二手聊天页，然后下面就是聊天对话，底部一个“我想要”按钮'), 'list')?.style, 'chat');
});

test('form fields after Latin words, a field added that is a section\'s word, a count after a semicolon and a type note', () => {
  const fields = (prompt: string) => (props(gen(prompt), 'form')?.fields as Array<{ label: string }> | undefined)?.map((f) => f.label);
  assert.deepEqual(fields('报名页。Form 有 3 个 field：姓名、手机号(phone)、备注(textarea)；submit button 文案“提交报名”'), ['姓名', '手机号', '备注']);
  assert.equal(props(gen('报名页。Form 有 3 个 field：姓名、手机号(phone)、备注(textarea)；submit button 文案“提交报名”'), 'form')?.submit, '提交报名');
  assert.deepEqual(fields('发布页。表单：标题、描述、照片，哦价格也要，四个。'), ['标题', '描述', '照片', '价格']);
  assert.deepEqual(fields('订单页。联系人表单：姓名、手机号，两项；哦对，再加个配送时间，下拉选，所以三项；价格99'), ['姓名', '手机号', '配送时间']);
});

test('English forms: a type in brackets after a Latin field, form with, articles; arrowheads as bullets', () => {
  const fields = (prompt: string) => (props(gen(prompt), 'form')?.fields as Array<{ label: string }> | undefined)?.map((f) => f.label);
  assert.deepEqual(fields('Login page. Form: username (text), password (password), then button “Sign in”'), ['username', 'password']);
  assert.deepEqual(fields('Sign-in page. form with email + password, then a button'), ['email', 'password']);
  assert.deepEqual(fields('登录 ▸ 表单：账号 / 密码 ▸ 按钮‘登录’'), ['账号', '密码']);
});

test('one quoted label after the bottom\'s word and a colon, and a label after cta, are the button', () => {
  assert.equal(props(gen('订单页： - 顶部标题：我的订单 - 订单一张张，单列 - 页面底部：“加载更多”'), 'cta')?.text, '加载更多');
  assert.equal(props(gen('结算 | price 99.00 | cta 马上付款 | theme: ocean-blue'), 'cta')?.text, '马上付款');
});

test('a title said with a body right after it, or the body\'s small title, is the text\'s', () => {
  const doc = gen('登录页。表单：手机号、验证码。下面一小段说明，标题“注意事项”，内容“验证码五分钟内有效”。');
  assert.deepEqual(props(doc, 'text'), { title: '注意事项', body: '验证码五分钟内有效' });
  assert.ok(!types(doc).includes('topbar'));
  assert.equal(props(gen('资讯详情页。接下来是正文文字，小标题“活动规则”；'), 'text')?.title, '活动规则');
});

test('figures: a label with a unit before a spaced value, and figures after 一块数据', () => {
  const items = (prompt: string) => props(gen(prompt), 'stats')?.items;
  assert.deepEqual(items('我的页面，三个数据：跑步天数 30、消耗千卡 2.1万、完成课程 8'), [{ label: '跑步天数', value: 30 }, { label: '消耗千卡', value: '2.1万' }, { label: '完成课程', value: 8 }]);
  assert.equal((items('店铺后台页，下面单独一块数据 今日订单 15、访客 300') as unknown[]).length, 2);
});

test('entries set apart by bars keep their pluses and slashes', () => {
  assert.deepEqual(props(gen('手机详情页：规格tabs：8+128G｜12+256G｜16+1T，选中第一个'), 'tabs')?.items, ['8+128G', '12+256G', '16+1T']);
});

test('the page said again right after its clause, and the article said as a place', () => {
  assert.deepEqual(types(gen('通知页面，就是消息列表，嗯，蓝色的。最上面写“通知”，然后tab：系统、活动。下面就是消息列表')), ['topbar', 'tabs', 'list']);
  assert.deepEqual(types(gen('科普文章详情页。顶部返回；文章开头是一张大图横幅，标题“认识星空”；然后是正文；文章后面接一个相关阅读，两列卡片')), ['topbar', 'banner', 'text', 'card-list']);
});

test('recommendations said after other cards are cards of their own', () => {
  const doc = gen('购物车：下面已选商品列表（能改数量），再下面“凑单推荐”两列商品，底部按钮“结算”');
  assert.equal(doc.page.sections.filter((s) => s.type === 'card-list' || s.type === 'list').length, 2);
  assert.equal(props(doc, 'card-list')?.columns, 2);
});

test('a clause that only puts the section just said at the very top moves it there', () => {
  assert.deepEqual(types(gen('结算页。最上面标题“确认订单”，然后价格 99。然后再来一个提示条“今天下单明天到”……放最上面吧。最后按钮“提交订单”')), ['topbar', 'notice-bar', 'price', 'cta']);
});

test('a clause of nothing but where, against a section said before, places the section just said', () => {
  const doc = gen('会员登录页。顶上一个横幅，大字写 欢迎。然后表单：卡号、密码。然后……哦还有一条通知栏，在横幅上面，写“今晚维护”。');
  assert.deepEqual(types(doc), ['notice-bar', 'banner', 'form']);
  assert.equal(props(doc, 'notice-bar')?.text, '今晚维护');
});
