import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buttonRoles, isSecondaryAction } from '../index.ts';

test('of two buttons the main one is the one that is no secondary action, in either order', () => {
  assert.deepEqual(buttonRoles('加入购物车', '立即购买'), { text: '立即购买', secondary: '加入购物车' });
  assert.deepEqual(buttonRoles('立即购买', '加入购物车'), { text: '立即购买', secondary: '加入购物车' });
  assert.deepEqual(buttonRoles('我想要', '聊一聊'), { text: '我想要', secondary: '聊一聊' });
  assert.deepEqual(buttonRoles('保存草稿', '发布'), { text: '发布', secondary: '保存草稿' });
});

test('when both or neither are secondary actions, the one said last is the main one', () => {
  assert.deepEqual(buttonRoles('立即报名', '立即购买'), { text: '立即购买', secondary: '立即报名' });
  assert.deepEqual(buttonRoles('收藏文章', '分享文章'), { text: '分享文章', secondary: '收藏文章' });
  assert.equal(isSecondaryAction('联系卖家'), true);
  assert.equal(isSecondaryAction('去结算'), false);
});
