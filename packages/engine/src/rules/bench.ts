/**
 * Speed of the rule-based generator: latency per prompt (wall and CPU) and prompts per second.
 *
 *   npx tsx packages/engine/src/rules/bench.ts [PROMPTS.jsonl] [--rounds N]
 *
 * PROMPTS lines carry an "instruction" (the dev set or a dataset split); without a file it uses a
 * built-in set of descriptions. Results are printed as one JSON line, to be written down in docs/rules.md.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { rulesGenerate } from './index.ts';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
const file = args.find((a, i) => !a.startsWith('--') && (roundsAt < 0 || i !== roundsAt + 1));

const BUILT_IN = [
  '帮我做一个紫色主题的商城首页，顶部搜索框，下面三列商品卡片，底部导航',
  '银白风格的商品详情，轮播图5张，价格199，卖家信息，底部收藏和马上抢两个按钮',
  '登录页，用户名和密码两个输入框，按钮写“进入”',
  '订单页，标签有全部、待发货、已完成，订单列表卡片样式',
  '个人中心 粉色 头像昵称 数据统计 菜单列表 底部导航有首页、消息和我的',
];
const prompts: string[] = file
  ? readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => String(JSON.parse(l).instruction ?? ''))
  : BUILT_IN;

// Warm-up: the catalog, the lexicon and the validator are built on first use.
for (const p of prompts.slice(0, 200)) rulesGenerate(p);

const wall: number[] = [];
const cpuStart = process.cpuUsage();
const started = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const p of prompts) {
    const t = performance.now();
    rulesGenerate(p);
    wall.push(performance.now() - t);
  }
}
const elapsed = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStart);
wall.sort((a, b) => a - b);
const q = (f: number) => Math.round(wall[Math.min(wall.length - 1, Math.floor(f * wall.length))] * 1000) / 1000;
console.log(
  JSON.stringify({
    prompts: prompts.length,
    runs: wall.length,
    p50_ms: q(0.5),
    p90_ms: q(0.9),
    p99_ms: q(0.99),
    max_ms: q(1),
    cpu_us_per_prompt: Math.round((cpu.user + cpu.system) / wall.length),
    prompts_per_s: Math.round(wall.length / elapsed),
  }),
);
