import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultModelDir } from '../../model/files.ts';

/** The model the tests run: UIDSL_MODEL_DIR, else the committed default (tiny or real, both work). */
export const modelDir = process.env.UIDSL_MODEL_DIR ?? defaultModelDir;
export const hasModel = existsSync(join(modelDir, 'onnx', 'decoder_model_merged.onnx'));
/** Why model tests are skipped, when they are. */
export const noModel = hasModel ? false : `no model in ${modelDir}`;

/** Instructions written for these tests (not taken from the dev set). */
export const PROMPTS = [
  '深蓝色的购物车页面，商品列表加结算按钮',
  '极简风格设置页，菜单列表，底部导航',
  '暗金色主页，轮播图在上，下面三列商品，顶部标题写“好物市集”',
  '樱花粉的消息列表，聊天样式',
  '紫色的搜索页，搜索框、筛选和单列商品',
  '绿色个人主页，头像昵称，统计数据和菜单',
];

/** The document, or the raw text the model wrote when it failed, for comparing two runs. */
export const outputOf = (r: { doc?: unknown; output?: string; message?: string }) => (r.doc ? JSON.stringify(r.doc) : (r.output ?? `error: ${r.message}`));
