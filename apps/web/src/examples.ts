/**
 * Example descriptions shown as chips under the prompt box. Written for the web app only; they
 * share no sentence with the training data or the dev set.
 */
export const examples: { label: string; prompt: string }[] = [
  { label: '黑金球鞋首页', prompt: '球鞋潮牌商城的首页，暗金色调，右上角放搜索和铃铛，接着轮播大图、两列商品卡，最下面是导航栏' },
  { label: '樱花粉登录', prompt: '少女粉的登录界面，名字叫“花间集”，填账号和验证码，大按钮写“马上登录”' },
  { label: '科技紫个人中心', prompt: '科技紫主题的个人中心，头像昵称在上面，显示关注、粉丝、获赞三个数据，再来一个功能菜单列表' },
  { label: '森林绿商品详情', prompt: '绿色清新的商品详情页：大图轮播、价格199元原价299元、卖家信息、正品保证和七天无理由，底部按钮“加入购物车”和“立即购买”' },
  { label: '海洋蓝订单列表', prompt: '订单列表用深蓝色调，上方分成全部、待评价、退款售后几个标签' },
  { label: '日落橙发布页', prompt: '活力橙的发布商品页面，表单包括标题、价格、分类、图片和描述，提交按钮叫“发布宝贝”' },
];
