/**
 * The parser's grammar words: where a section sits, how list items are joined, what introduces a
 * list or a value, measure words after numbers. The content words (page types, themes, sections,
 * icons, cards, field types) live in the catalog; these are the glue between them.
 */

export type Role =
  | 'top' // 顶部: the section is at the top of the page
  | 'bottom' // 底部: ... at the bottom
  | 'order' // 然后, 下面: a new section follows, no position implied
  | 'conn' // 、 和 /: joins list items or sections
  | 'intro' // 有, 包含, ':': introduces a section's items
  | 'verb' // 叫, 写, 是: introduces a value
  | 'with' // 带, 加: introduces a top bar's icons
  | 'button' // 按钮: a call to action (or a form's submit)
  | 'iconword' // 图标: the words before it are icons
  | 'style' // 样式, 风格: the word before it is a style
  | 'pageword' // 页面, 界面: the word before it names the page type
  | 'negate' // 不, 无: turns the next flag off
  | 'recommend' // 推荐, 热门: names a card list, alone or before a card word (推荐店铺)
  | 'filler'; // 一个, 的, 请: carries no meaning here

export const GRAMMAR: Record<Role, readonly string[]> = {
  top: ['顶部', '顶上', '顶端', '最上面', '最上方', '最上边', '最顶上', '最顶部', '页面顶部', '页头', '上方', '上面', '上边', '最上', '开头', 'top'],
  bottom: ['底部', '底下', '底端', '最下面', '最下方', '最下边', '最底下', '最底部', '页面底部', '页脚', '最后', '最后面', '末尾', '结尾', 'bottom'],
  order: ['中间', '中部', '下面', '下方', '下边', '再下面', '再往下', '往下', '然后', '接着', '紧接着', '其次', '之后', '随后', '接下来', '再是', '另外', '再加', '外加', '此外', '以及下面', 'then', 'next', 'below'],
  conn: ['、', ',', '和', '与', '及', '以及', '跟', '还有', '加上', '/', '+', '|', '&', '或', 'and', '左边', '右边', '左侧', '右侧'],
  intro: ['分成', '分为', '有', '包含', '包括', '含', '含有', '里面有', '里有', '显示', '展示', '列出', '分别是', '分别为', '依次是', '依次为', '内容有', '选项有', '要有', '表示', '表示为', ':', '=', '(', '[', '放', '放个', '放一个', '需要', '需要有', '按', 'showing', 'shows', 'including', 'includes'],
  // 字写: "按钮字写“退出登录”" (the button's words are).
  verb: ['叫', '叫做', '名为', '写', '写着', '写成', '写上', '为', '是', '字写', '字是', '显示为', '文字是', '文字为', '文案是', '文案为', '内容是', '内容为', '设置为', '里写着', '里写', '里面写', '里面写着', '默认显示'],
  with: ['带', '带有', '带个', '带一个', '附带', '右上角', '左上角', '右上', '左上', '右上方', '左上方', '两侧', 'actions', 'action'],
  button: ['按钮', '按键', 'button', 'btn', '大按钮', '主按钮'],
  iconword: ['图标', 'icon', '入口', '小图标', '键'],
  style: ['样式', '形式', '模式', '效果', 'style'],
  recommend: ['推荐', '相关推荐', '热门', '精选', '热门推荐', '猜你喜欢', '为你推荐'],
  pageword: ['页面', '界面', '页', 'page', '屏'],
  negate: ['不', '不要', '无', '没有', '不带', '关闭', '去掉', '禁止', '禁用', '不用', '未', '不显示'],
  // 页面名称：注册页 is a field label before the page word, not a title ("名称" alone keys a title).
  // 好看的服务保障: adjectives about a section change nothing a document holds.
  // 哦不对, 算了: the speaker correcting themselves; what follows says it again, and wins.
  filler: ['等一下', '等下', '那就', '那块', '这块', '那一块', '这一块', '那一栏', '这一栏', '那栏', '哦不对', '不对不对', '哦不', '不对', '哦对了', '哦对', '对了', '算了', '嗯', '呃', '哈', '哈哈', '页面名称', '页面类型', '页面名', '好看的', '漂亮的', '醒目的', '小小的', '大一点的', '通栏', '全屏', '加个', '加一个', '一些', '一排', '一行', '一栏', '一块', '一组', '一条', '的', '了', '个', '请', '帮我', '给我', '~', '做', '做个', '做一个', '搞', '搞个', '搞一个', '弄个', '弄一个', '单独', '生成', '设计', '来个', '来一个', '一下', '就行', '就够了', '即可', '就好', '吧', '呢', '啊', '着', '主题', '风格', '配色', '色调', '色系', '颜色', '科技感', '采用', '做成', '使用', '用', '谢谢', '谢啦', 'app', '就', '只要', '只需要', '只放', '这', '这些', '这个', '尽快', '麻烦了', '栏', '区', '区域', '模块', '板块', '部分', ')', ']'],
};

/** Words that hold a grammar word and mean nothing to the parser: 参与 is not 参 + 与 (and), 试用 not 试 + 用, 关键词 not 关 + 键 (a key, an icon), 用户 not 用 + 户 (a tab label: 用户/群组). */
// (Entries people list whose first character is a grammar word: 未读, 有货, 无糖; read whole, as labels.)
// (And nouns that start with a verb: 显示器, 写字楼.)
export const PLAIN_WORDS: readonly string[] = ['参与', '试用', '使用', '应用', '关键词', '用户', '未读', '已读', '未付款', '未发货', '有货', '无货', '无糖', '有效', '无效', '未使用', '已使用', '未完成', '已完成', '显示器', '显示屏', '写字楼', '写真', '说明书', '成就', '成绩', '成员', '最高', '最低', '最多', '最少', '热门搜索', '历史搜索', '最近搜索', '搜索历史', '搜索记录', '大家都在搜', '有机认证', '有机食品', '有机蔬菜'];

/** Measure words after a number, and what that number counts. */
export const MEASURES: Record<string, 'columns' | 'slides' | 'items' | 'steps' | 'money' | 'score' | 'px'> = {
  列: 'columns', 栏: 'columns', 排: 'columns', column: 'columns', columns: 'columns', cols: 'columns', col: 'columns',
  张: 'slides', 幅: 'slides', 帧: 'slides', images: 'slides', image: 'slides', pics: 'slides', pictures: 'slides', photos: 'slides', slides: 'slides',
  个: 'items', 项: 'items', 条: 'items', 篇: 'items', items: 'items', item: 'items', 件: 'items', 款: 'items', 种: 'items', 类: 'items', 格: 'items', 个字段: 'items', 行: 'items',
  步: 'steps',
  元: 'money', 块: 'money', 块钱: 'money', rmb: 'money',
  分: 'score', 星: 'score',
  px: 'px', 像素: 'px',
};

/** Words that stand for a number by themselves before a measure word. */
export const NUMBER_WORDS: Record<string, number> = { 单: 1, 双: 2, 两: 2, 俩: 2, 仨: 3 };

/** List styles by the words that name them (消息列表用聊天样式 -> chat). */
export const LIST_STYLES: Record<string, 'plain' | 'card' | 'chat'> = {
  聊天: 'chat', 对话: 'chat', 气泡: 'chat', 聊天记录: 'chat', 聊天消息: 'chat', 聊天气泡: 'chat', 消息气泡: 'chat', 对话气泡: 'chat', 气泡对话: 'chat', chat: 'chat', 一问一答: 'chat', 你一句我一句: 'chat', 一来一回: 'chat', 对话记录: 'chat', 对话区: 'chat', 聊天区: 'chat', 对话消息: 'chat', 聊天对话: 'chat', 聊天消息气泡: 'chat',
  卡片: 'card', 卡片式: 'card', card: 'card',
  普通: 'plain', 简单: 'plain', 纯文字: 'plain', 纯文本: 'plain', 朴素: 'plain', plain: 'plain',
};

/** Words that name which prop of a section a value goes to (副标题叫X -> subtitle). */
export const VALUE_KEYS: Record<string, string> = {
  标题: 'title', 页面标题: 'title', 主标题: 'title', 大标题: 'title', title: 'title', 名字: 'title', 名称: 'title', 标题文字: 'title',
  文章标题: 'textTitle', 正文标题: 'textTitle',
  副标题: 'subtitle', 小标题: 'subtitle', subtitle: 'subtitle',
  // "横幅，大字写X，小字写Y": a banner's title and subtitle; alone, "一行小字 X" is a text.
  大字: 'bigText', 小字: 'smallText',
  副按钮: 'secondary', 次按钮: 'secondary', 次要按钮: 'secondary', secondary: 'secondary', primary: 'primary',
  // 提交 alone is a label too (提交订单, 提交>付款), so only with its verb: 提交写“下一步”.
  提交写: 'submit', 提交写成: 'submit', 提交文字: 'submit', 提交文案: 'submit', submit: 'submit',
  店名: 'sellerName', 店铺名: 'sellerName', 公司名: 'sellerName', 公司名称: 'sellerName', 商户名: 'sellerName', 卖家名: 'sellerName', 商家名: 'sellerName', 卖家名字: 'sellerName', 店铺名字: 'sellerName', 商家名字: 'sellerName', 昵称: 'userName', 用户名: 'userName', 姓名: 'userName', nickname: 'userName',
  提示: 'placeholder', 提示语: 'placeholder', 提示文字: 'placeholder', 默认文字: 'placeholder', 默认文案: 'placeholder', 占位: 'placeholder', 占位文字: 'placeholder', 占位符: 'placeholder', placeholder: 'placeholder',
  文字: 'text', 文案: 'text', 内容: 'text', body: 'text',
  logo: 'logo',
  原价: 'original', 商品原价: 'original', 划线价: 'original', 划线: 'original', 门市价: 'original', 市场价: 'original', 发售价: 'original', 吊牌价: 'original', 专柜价: 'original', 官方价: 'original', 原来是: 'original', 原来: 'original', original: 'original', 'original price': 'original', was: 'original',
  评分: 'rating', 星级: 'rating', 信用分: 'rating', 综合评分: 'rating', rating: 'rating', score: 'rating',
  高度: 'height', 高: 'height',
  手动切换: 'manual', 手动: 'manual',
  边距: 'padding', 内边距: 'padding', 页边距: 'padding', padding: 'padding',
  间距: 'gutter', 间隔: 'gutter', 栅格间距: 'gutter', gutter: 'gutter',
  // (Not "grid": to developers that is the grid menu, "grid 4列8个入口".)
  栅格: 'grid', 网格: 'grid',
  背景: 'bg', 背景色: 'bg', 背景颜色: 'bg', 底色: 'bg', bg: 'bg', background: 'bg',
  每行: 'perRow', 一行: 'perRow', 一排: 'perRow', 每排: 'perRow',
  选中: 'active', 默认选中: 'active', active: 'active', default: 'active', selected: 'active', current: 'active', 'current step': 'active', 'current tab': 'active', 默认: 'active', 默认是: 'active', 现在在: 'active', 现在: 'active', 目前在: 'active', 目前: 'active', 默认在: 'active', 高亮: 'active', 当前: 'active', 当前在: 'active', 停在: 'active',
  自动播放: 'autoplay', 自动轮播: 'autoplay', autoplay: 'autoplay', 认证: 'verified', 已认证: 'verified', 官方认证: 'verified', 实名认证: 'verified', 已实名: 'verified', 已实名认证: 'verified', 蓝v: 'verified', verified: 'verified', 认证过的: 'verified', 认证过: 'verified',
};

/** Keys that are more often a form's field (姓名、身份证号): their value needs a verb, a colon or a quote, not a space. */
export const QUOTE_ONLY_KEYS: ReadonlySet<string> = new Set(['姓名']);

/** Background colours said by name ("背景用纯黑"), each always the same value. */
export const NAMED_COLOURS: Record<string, string> = { 纯白: '#FFFFFF', 纯黑: '#000000', 浅灰: '#F5F5F5' };

/** A button's label says what to do. */
export const ACTION_LABEL = /^(?:去|立即|马上|确认|提交|结算|支付|购买|下单|报名|预订|预约|登录|注册|发布|保存|领取|开通|联系|咨询|加入|申请|兑换|充值|付款|抢购|下一步|上一步|进入|查看|下载|赞赏|打赏|退出|开始|继续|完成|确定|再来一单|sign|log ?in|buy|next|submit|continue|start|join|book|pay|check ?out)|结算|支付|购买|下单$/i;
