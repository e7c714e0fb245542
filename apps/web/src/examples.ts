/**
 * Example descriptions shown as chips under the prompt box. Written for the web app only; they
 * share no sentence with the training data or the dev set.
 */
export const examples: { label: string; prompt: string }[] = [
  { label: '黑金球鞋首页', prompt: '做一个球鞋潮牌的商城首页，黑金配色，顶部有搜索和消息按钮，下面是轮播图和双列商品卡片，底部导航' },
  { label: '樱花粉登录', prompt: '樱花粉风格的登录页，标题叫“花间集”，要有手机号和密码输入框，按钮写“马上登录”' },
  { label: '科技紫个人中心', prompt: '科技紫主题的个人中心，头像昵称在上面，显示关注、粉丝、获赞三个数据，再来一个功能菜单列表' },
  { label: '森林绿商品详情', prompt: '绿色清新的商品详情页：大图轮播、价格199元原价299元、卖家信息、正品保证和七天无理由，底部按钮“加入购物车”和“立即购买”' },
  { label: '海洋蓝订单列表', prompt: '蓝色的我的订单页面，顶部标签有全部、待付款、待发货、待收货，下面是订单列表' },
  { label: '日落橙发布页', prompt: '活力橙的发布商品页面，表单包括标题、价格、分类、图片和描述，提交按钮叫“发布宝贝”' },
];
