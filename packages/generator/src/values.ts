import { catalog, type PageName } from '@uidsl/dsl';
import type { Rng } from './rng.ts';

/**
 * Pools of the values people name in descriptions: shop names, tab labels, button labels...
 * Compositional where it can be (prefix x suffix), so the model learns to copy spans it has
 * not seen rather than memorise a short list.
 */
const NAME_HEADS = ['潮鞋', '好物', '鲜果', '数码', '宠物', '书香', '咖啡', '花语', '运动', '美妆', '家居', '母婴', '茶语', '户外', '小米', '柚子屋',
  '星空', '森林', '云端', '拾光', '柚子', '麦田', '海盐', '甜心', '极客', '匠心', '原木', '青柠', '闲鱼', '二手', '校园', '社区', '潮玩', '优品', '乐活', '晨光'];
const NAME_TAILS = ['集市', '商城', '小店', '生活馆', '严选', '社区', '工坊', '优选', '研究所', '铺子', '杂货铺', '之家', '日记', '俱乐部', '旗舰店', '市集', '好店', '部落'];

export function brandName(rng: Rng): string {
  return rng.pick(NAME_HEADS) + rng.pick(NAME_TAILS);
}

const USER_NAMES = ['小鹿', '阿杰', '糖糖', '大饼', '木木', '老王', '七七', '豆豆', '南风', '一只猫', '晴天', 'Lucy', 'Tom', '小明', '阿木', '橘子汽水', '夏天', '米粒'];
export const userName = (rng: Rng) => rng.pick(USER_NAMES) + (rng.chance(0.3) ? rng.pick(['同学', '酱', '的小店', '2024', '_official']) : '');

/** Titles for a page's top bar, by page type, besides brand names. */
export const PAGE_TITLES: Record<PageName, readonly string[]> = {
  home_page: ['首页', '发现', '推荐', '精选好物', '今日特卖', '逛逛'],
  detail_page: ['商品详情', '宝贝详情', '详情', '商品信息'],
  search_page: ['搜索', '搜索结果', '找好物', '全部商品'],
  profile_page: ['我的', '个人中心', '我的主页', '会员中心'],
  publish_page: ['发布', '发布闲置', '发布商品', '发动态', '卖闲置', '发布作品'],
  login_page: ['登录', '注册', '欢迎登录', '账号登录', '欢迎回来', '手机号登录', '新用户注册'],
  cart_page: ['购物车', '我的购物车', '购物袋'],
  order_page: ['我的订单', '订单', '全部订单', '订单中心'],
  settings_page: ['设置', '账号设置', '系统设置', '通用设置'],
  article_page: ['文章详情', '资讯', '阅读', '专栏', '资讯详情', '好文推荐'],
  message_page: ['消息', '聊天', '消息中心', '私信', '通知'],
  checkout_page: ['确认订单', '结算', '收银台', '支付订单'],
};

export const TAB_LABELS: Record<string, readonly string[]> = {
  feed: ['出货', '求货', '二手', '全新', '推荐', '关注', '热门', '新品', '附近', '精选', '直播', '视频', '数码', '服饰', '美妆', '食品', '家电', '男装', '女装', '运动', '同城', '最新'],
  order: ['全部', '待付款', '待发货', '待收货', '待评价', '已完成', '退款售后', '已取消'],
  message: ['聊天', '全部', '未读', '通知', '互动', '私信', '系统消息', '评论', '点赞'],
  search: ['综合', '商品', '店铺', '用户', '文章', '视频', '图片'],
  profile: ['作品', '喜欢', '收藏', '动态', '相册', '商品'],
  article: ['推荐', '热榜', '科技', '财经', '体育', '娱乐', '本地'],
};

export const BUTTON_LABELS: Record<PageName, readonly string[]> = {
  home_page: ['立即领取', '查看更多', '马上抢', '去逛逛', '领取优惠'],
  detail_page: ['立即购买', '加入购物车', '马上抢', '立即抢购', '联系卖家', '我想要', '领券购买', '收藏'],
  search_page: ['查看更多', '加载更多', '重置', '确定'],
  profile_page: ['编辑资料', '退出登录', '关注', '私信', '分享主页'],
  publish_page: ['发布', '发表', '提交', '立即发布', '确认发布', '保存草稿', '下一步'],
  login_page: ['登录', '注册', '立即登录', '下一步', '获取验证码', '立即注册', '进入'],
  cart_page: ['去结算', '结算', '立即结算', '删除', '全选', '移入收藏'],
  order_page: ['再来一单', '查看物流', '确认收货', '去付款', '申请售后'],
  settings_page: ['退出登录', '退出账号', '切换账号', '保存', '注销账号'],
  article_page: ['写评论', '评论', '分享文章', '关注作者', '点赞', '收藏文章', '打赏', '分享'],
  message_page: ['发起聊天', '全部已读', '新建会话', '清空消息'],
  checkout_page: ['提交订单', '去支付', '立即支付', '确认支付', '确认下单', '微信支付'],
};

export const FILTER_LABELS = ['综合', '销量', '价格', '新品', '好评', '距离', '品牌', '筛选', '最新', '最热', '人气', '信用', '折扣', '包邮', '评分', '上新'];
export const PROOF_LABELS = ['正品保证', '七天无理由', '极速退款', '假一赔十', '包邮', '顺丰发货', '24小时发货', '运费险', '官方质检', '闪电退款', '品质保障', '破损包赔', '官方验货', '全国联保'];
export const STAT_LABELS = catalog.vocab.statLabels;

export const STEP_LABELS: Record<string, readonly string[][]> = {
  checkout: [['确认订单', '支付', '完成'], ['确认', '支付', '完成'], ['下单', '付款', '发货', '收货'], ['选择商品', '填写地址', '支付'], ['提交', '付款', '完成']],
  publish: [['填写信息', '上传图片', '发布'], ['选择分类', '填写详情', '确认发布'], ['拍照', '描述', '定价', '发布']],
  login: [['输入手机号', '验证', '设置密码'], ['填写资料', '验证手机', '完成'], ['注册', '认证', '完成']],
  order: [['已下单', '已发货', '运输中', '已签收'], ['付款', '发货', '收货', '评价']],
};

/** Menu and grid entries; their icons come from `iconFor`, the same rule the parser uses. */
export const MENU_LABELS: Record<string, readonly string[]> = catalog.vocab.menuLabels;

export const FORM_LABELS: Record<string, readonly string[]> = {
  login: ['手机号', '验证码', '密码', '用户名', '账号', '邮箱', '确认密码', '昵称', '邀请码'],
  publish: ['图片', '标题', '价格', '描述', '分类', '成色', '地区', '库存', '封面', '标签', '原价', '数量', '发货地', '联系电话', '上架日期'],
  checkout: ['收货人', '手机号', '收货地址', '备注', '配送时间', '发票抬头'],
  profile: ['昵称', '头像', '生日', '简介', '性别', '地区', '手机号'],
  generic: ['姓名', '电话', '日期', '备注', '内容', '类别', '照片', '数量'],
};

export const PLACEHOLDERS = ['搜索商品', '搜索你想要的', '输入关键词', '搜一搜', '搜索店铺或商品', '大家都在搜', '搜索好物', '请输入商品名称', '找找看', '搜索文章', '搜索联系人', '搜索订单'];

export const BANNER_TITLES = ['春季上新', '清仓特卖', '每日好价', '限时特惠', '新人专享', '双十一狂欢', '夏季清仓', '会员日', '全场五折', '欢迎回来', '新品首发', '开学季', '年货节', '满减狂欢', '品牌特卖'];
export const BANNER_SUBTITLES = ['全场包邮', '低至五折', '仅限今日', '新用户立减20元', '好物抢先看', '登录享更多权益', '满199减30', '限量发售'];
export const NOTICE_TEXTS = ['新人专享满100减20', '今日全场包邮', '系统将于今晚维护', '双十一活动火热进行中', '会员积分可抵现', '春节期间正常发货', '欢迎光临本店', '下单即送小礼品', '新品上架八折', '关注店铺领优惠券'];
export const LIST_TITLES = ['订单一', '张三', '李四', '客服小美', '系统通知', '家', '公司', '学校', '运动鞋', '无线耳机', '机械键盘', '保温杯', '物流助手', '优惠提醒'];
export const ARTICLE_TITLES = ['春季穿搭指南', '如何挑选跑鞋', '新品评测', '周末去哪儿', '咖啡入门', '数码好物推荐', '十分钟早餐', '城市骑行路线', '露营装备清单', '读书笔记'];
export const ARTICLE_BODIES = ['这里是文章正文', '今天给大家分享几个小技巧', '本文介绍新品的使用体验', '正文内容待补充', '欢迎阅读本期内容'];

/**
 * Everyday nouns, for labels outside the usual pools: users name tabs, filters and menu
 * entries after their own business, and the model must learn to copy what it has not seen.
 */
const NOUNS = ['咖啡', '甜品', '球鞋', '手机', '电脑', '图书', '水果', '零食', '宠物', '玩具', '家电', '美食', '旅行', '摄影', '音乐', '电影', '健身', '游戏',
  '汉服', '手办', '盲盒', '耳机', '相机', '鲜花', '茶叶', '酒水', '彩妆', '护肤', '香水', '包包', '手表', '眼镜', '帽子', '外套', '裙子', '童装', '文具', '多肉',
  '露营', '骑行', '钓鱼', '滑雪', '瑜伽', '烘焙', '火锅', '烧烤', '奶茶', '面包', '蛋糕', '海鲜', '牛排', '寿司', '课程', '直播课', '讲座', '活动', '拼车', '租房',
  '二手书', '旧物', '数码配件', '黑胶', '潮牌', '古着', '首饰', '陶瓷', '手作', '插画', '壁纸', '字体', '模板', '素材', '会员卡', '积分券', '代金券'];
const LABEL_TAILS = ['', '', '', '专区', '推荐', '精选', '馆', '榜', '频道', '分类'];

export const freeLabel = (rng: Rng): string => rng.pick(NOUNS) + rng.pick(LABEL_TAILS);

/** Labels from a pool, with some made up from everyday nouns; always distinct. */
export function labels(rng: Rng, pool: readonly string[], lo: number, hi: number, free = 0.25): string[] {
  const n = rng.range(lo, Math.min(hi, pool.length));
  const out: string[] = [];
  const picked = rng.sample(pool, n);
  // No label is the beginning of another (包包, 包包精选): the engine's copy constraint reads such a pair as
  // a model stuttering, and a person would not name two entries that way.
  const clashes = (v: string) => out.some((o) => o.startsWith(v) || v.startsWith(o));
  for (const p of picked) {
    let v = rng.chance(free) ? freeLabel(rng) : p;
    if (clashes(v)) v = p;
    if (!clashes(v)) out.push(v);
  }
  return out;
}

const BUTTON_VERBS = ['立即', '马上', '去', '一键', '免费', '现在'];
const BUTTON_ACTIONS = ['预约', '报名', '咨询', '领取', '下单', '抢购', '参与', '开通', '试用', '订阅', '提交', '看看', '兑换', '签到'];
/** A made-up button label: 立即预约, 马上报名 ... */
export const freeButton = (rng: Rng): string => rng.pick(BUTTON_VERBS) + rng.pick(BUTTON_ACTIONS);
