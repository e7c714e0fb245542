import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { loadConfig, options } from '../config.ts';
import { openApiDocument } from '../openapi.ts';

// No Docker engine runs here: these tests hold the Docker, Compose and Kubernetes files to the code.
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const read = (p: string) => readFileSync(join(root, p), 'utf8');

interface Instruction {
  op: string;
  args: string;
  line: number;
}

/** Dockerfile instructions with continuation lines joined and comments dropped. */
function instructions(text: string): Instruction[] {
  const out: Instruction[] = [];
  let buf = '';
  let start = 0;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!buf && (line === '' || line.startsWith('#'))) return;
    if (!buf) start = i + 1;
    buf += (buf ? ' ' : '') + line.replace(/\\$/, '').trim();
    if (!line.endsWith('\\')) {
      const m = /^(\w+)\s+(.*)$/.exec(buf)!;
      out.push({ op: m[1]!.toUpperCase(), args: m[2]!, line: start });
      buf = '';
    }
  });
  return out;
}

const KNOWN_OPS = new Set(['FROM', 'ARG', 'ENV', 'WORKDIR', 'COPY', 'RUN', 'USER', 'EXPOSE', 'HEALTHCHECK', 'STOPSIGNAL', 'CMD', 'ENTRYPOINT', 'LABEL']);
const configEnv = new Set(Object.values(options).map((o) => o.env));
const otherEnv = new Set(['NODE_ENV', 'ONNXRUNTIME_NODE_INSTALL', 'NVIDIA_VISIBLE_DEVICES', 'NVIDIA_DRIVER_CAPABILITIES']);
const workspaces = ['packages', 'apps'].flatMap((d) => readdirSync(join(root, d)).filter((p) => existsSync(join(root, d, p, 'package.json'))).map((p) => `${d}/${p}/package.json`));
const routes = new Set(Object.keys(openApiDocument().paths));

function envOf(ins: Instruction[]): Map<string, string> {
  const env = new Map<string, string>();
  for (const i of ins.filter((x) => x.op === 'ENV')) for (const m of i.args.matchAll(/(\w+)=(\S+)/g)) env.set(m[1]!, m[2]!);
  return env;
}

for (const file of ['docker/Dockerfile', 'docker/Dockerfile.cuda']) {
  test(`${file}: valid instructions, real paths, known settings, the serve command`, () => {
    const ins = instructions(read(file));
    for (const i of ins) assert.ok(KNOWN_OPS.has(i.op), `line ${i.line}: unknown instruction ${i.op}`);
    const stages = ins.filter((i) => i.op === 'FROM').map((i) => /\bAS\s+(\S+)/i.exec(i.args)?.[1]);
    assert.ok(stages.length >= 3, 'expected a multi-stage build (deps, web, runtime)');
    assert.equal(stages.at(-1), 'runtime', 'the last stage is the runtime image');
    for (const i of ins.filter((x) => x.op === 'COPY')) {
      const parts = i.args.split(/\s+/).filter((p) => !p.startsWith('--'));
      const from = /--from=(\S+)/.exec(i.args)?.[1];
      if (from) {
        assert.ok(stages.includes(from), `line ${i.line}: COPY --from=${from} names no stage`);
        continue;
      }
      // The model is checked on its own below, so a missing model does not hide other mistakes.
      for (const src of parts.slice(0, -1).filter((p) => !p.startsWith('data/models/'))) assert.ok(existsSync(join(root, src)), `line ${i.line}: COPY source ${src} does not exist`);
    }
    // npm ci needs every workspace's package.json before the lockfile can install.
    const copied = ins.filter((x) => x.op === 'COPY').map((x) => x.args);
    for (const ws of workspaces.filter((w) => !w.startsWith('packages/trainer'))) {
      assert.ok(copied.some((c) => c.startsWith(`${ws} `)), `the deps stage does not copy ${ws}`);
    }
    const env = envOf(ins);
    for (const name of env.keys()) assert.ok(configEnv.has(name) || otherEnv.has(name), `ENV ${name} is no setting of the API`);
    const expose = ins.find((x) => x.op === 'EXPOSE')!.args;
    assert.equal(expose, env.get('PORT'), 'EXPOSE and PORT disagree');
    const cmd = JSON.parse(ins.find((x) => x.op === 'CMD')!.args) as string[];
    assert.ok(existsSync(join(root, cmd[1]!)), `CMD runs ${cmd[1]}, which does not exist`);
    assert.match(read('apps/cli/src/commands.ts'), new RegExp(`\\b${cmd[2]}: \\{`), `uidsl has no "${cmd[2]}" command`);
    const health = ins.find((x) => x.op === 'HEALTHCHECK')!.args;
    const probed = /\/(healthz|readyz)/.exec(health)?.[0];
    assert.ok(probed && routes.has(probed), 'HEALTHCHECK must call a health route');
    assert.ok(ins.some((x) => x.op === 'USER' && !/^root$/.test(x.args)), 'the runtime must not run as root');
    assert.equal(env.get('UIDSL_MODEL_DIR'), '/app/data/models/default');
  });
}

/**
 * Whether a path of the build context is left out by a .dockerignore: patterns in order, the last
 * match wins, `!` takes a path back, and leaving out a directory leaves out everything under it.
 */
function dockerignored(patterns: string[], path: string): boolean {
  const toRegExp = (p: string) => {
    let re = '';
    for (let i = 0; i < p.length; i++) {
      const c = p[i]!;
      if (c === '*' && p[i + 1] === '*') {
        const slash = p[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else if (c === '*') re += '[^/]*';
      else if (c === '?') re += '[^/]';
      else re += c.replace(/[.+^${}()|[\]\\]/, '\\$&');
    }
    return new RegExp(`^${re}$`);
  };
  const parts = path.replace(/\/$/, '').split('/');
  const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
  let ignored = false;
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    const re = toRegExp(raw.replace(/^!/, '').replace(/\/$/, ''));
    // A negation brings back only the path it names (or one under it); an exclusion covers descendants.
    if (negated ? re.test(prefixes.at(-1)!) || prefixes.some((p) => re.test(p)) : prefixes.some((p) => re.test(p))) ignored = !negated;
  }
  return ignored;
}

for (const file of ['docker/Dockerfile', 'docker/Dockerfile.cuda']) {
  test(`${file}.dockerignore: BuildKit finds it, and it leaves in everything the build copies`, () => {
    const patterns = read(`${file}.dockerignore`)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    // The matcher itself, on this file's own rules.
    assert.equal(dockerignored(patterns, 'apps/api/node_modules'), true);
    assert.equal(dockerignored(patterns, 'apps/api/src/__tests__/docker.test.ts'), true);
    assert.equal(dockerignored(patterns, 'data/models/other/config.json'), true);
    const sources = instructions(read(file))
      .filter((i) => i.op === 'COPY' && !i.args.includes('--from='))
      .flatMap((i) => i.args.split(/\s+/).filter((p) => !p.startsWith('--')).slice(0, -1));
    const needed = [...sources, 'data/models/default/config.json', 'data/models/default/onnx/decoder_model_merged.onnx', 'apps/cli/bin/uidsl.mjs', 'apps/api/src/render-worker.mjs', 'apps/web/index.html'];
    for (const p of needed) assert.equal(dockerignored(patterns, p), false, `${p} is copied by ${file} but left out of its build context`);
  });
}

test('every setting the Docker, Compose and Kubernetes files give is one the server accepts', () => {
  const envs: [string, Record<string, string>][] = [];
  for (const file of ['docker/Dockerfile', 'docker/Dockerfile.cuda']) {
    const env = Object.fromEntries([...envOf(instructions(read(file)))].filter(([k]) => configEnv.has(k)));
    envs.push([file, env]);
  }
  const compose = parseYaml(read('docker/compose.yaml'));
  for (const [name, svc] of Object.entries<any>(compose.services)) {
    // `${VAR:-default}` is what Compose substitutes when VAR is unset.
    const env = Object.fromEntries(Object.entries<string>(svc.environment ?? {}).map(([k, v]) => [k, String(v).replace(/\$\{\w+:-([^}]*)\}/g, '$1')]));
    envs.push([`compose ${name}`, env]);
    const grace = Number(env.UIDSL_SHUTDOWN_GRACE_MS ?? options.shutdownGraceMs.default) / 1000;
    assert.ok(parseFloat(svc.stop_grace_period) > grace, `compose ${name}: stop_grace_period ${svc.stop_grace_period} does not outlast the ${grace} s drain`);
  }
  const dep = parseAllDocuments(read('docker/k8s/deployment.yaml')).map((d) => d.toJS()).find((d) => d?.kind === 'Deployment');
  const k8sEnv = dep.spec.template.spec.containers[0].env.filter((e: { value?: string }) => e.value !== undefined);
  envs.push(['k8s deployment', Object.fromEntries(k8sEnv.map((e: { name: string; value: string }) => [e.name, e.value]))]);
  for (const [where, env] of envs) {
    try {
      loadConfig(env);
    } catch (err) {
      assert.fail(`${where}: ${(err as Error).message}`);
    }
  }
});

test('the model the images ship is in the repository', () => {
  for (const file of ['docker/Dockerfile', 'docker/Dockerfile.cuda']) assert.match(read(file), /^COPY data\/models\/default\/ data\/models\/default\/$/m);
  for (const f of ['config.json', 'tokenizer.json', 'onnx/encoder_model.onnx', 'onnx/decoder_model_merged.onnx']) {
    assert.ok(existsSync(join(root, 'data/models/default', f)), `data/models/default/${f} is missing, so the images would not build`);
  }
});

test('Dockerfile.cuda: NVIDIA CUDA runtime base and the CUDA execution provider installed at build time', () => {
  const text = read('docker/Dockerfile.cuda');
  const ins = instructions(text);
  assert.match(/ARG CUDA_IMAGE=(\S+)/.exec(text)![1]!, /^nvidia\/cuda:12\.[\d.]+-(cudnn-)?runtime-/);
  assert.match(ins.find((i) => i.op === 'FROM' && /AS runtime/.test(i.args))!.args, /\$\{CUDA_IMAGE\}/);
  assert.ok(ins.some((i) => i.op === 'RUN' && /ONNXRUNTIME_NODE_INSTALL=cuda12/.test(i.args) && /install\.js/.test(i.args)));
  assert.ok(existsSync(join(root, 'node_modules/onnxruntime-node/script/install.js')), "onnxruntime-node's installer moved");
  assert.equal(envOf(ins).get('UIDSL_DEVICE'), 'cuda');
});

test('compose.yaml: builds from the Dockerfiles, maps the port, checks readiness, uses known settings', () => {
  const doc = parseYaml(read('docker/compose.yaml'));
  for (const [name, svc] of Object.entries<any>(doc.services)) {
    assert.ok(existsSync(join(root, 'docker', svc.build.context, svc.build.dockerfile)), `${name}: no ${svc.build.dockerfile}`);
    assert.deepEqual(svc.ports, ['8080:8080']);
    for (const key of Object.keys(svc.environment ?? {})) assert.ok(configEnv.has(key), `${name}: ${key} is no setting`);
  }
  assert.match(doc.services.api.healthcheck.test.join(' '), /\/readyz/);
  assert.equal(doc.services['api-cuda'].environment.UIDSL_DEVICE, 'cuda');
});

test('k8s: Deployment ready on /readyz, Service and HPA point at it, shutdown fits the grace period', () => {
  const docs = readdirSync(join(root, 'docker/k8s'))
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => parseAllDocuments(read(`docker/k8s/${f}`)).map((d) => d.toJS()));
  const byKind = (k: string) => docs.filter((d) => d?.kind === k);
  const dep = byKind('Deployment').find((d) => d.metadata.name === 'uidsl-api');
  assert.ok(dep, 'no uidsl-api Deployment');
  const pod = dep.spec.template;
  assert.deepEqual(dep.spec.selector.matchLabels, Object.fromEntries(Object.entries(pod.metadata.labels).filter(([k]) => k in dep.spec.selector.matchLabels)));
  const c = pod.spec.containers[0];
  assert.equal(c.readinessProbe.httpGet.path, '/readyz');
  assert.ok(routes.has(c.livenessProbe.httpGet.path));
  for (const e of c.env) assert.ok(configEnv.has(e.name), `${e.name} is no setting`);
  const grace = Number(c.env.find((e: { name: string }) => e.name === 'UIDSL_SHUTDOWN_GRACE_MS').value) / 1000;
  assert.ok(pod.spec.terminationGracePeriodSeconds > grace + (c.lifecycle?.preStop?.sleep?.seconds ?? 0), 'Kubernetes would kill the pod before it drains');

  const svc = byKind('Service').find((d) => d.metadata.name === 'uidsl-api');
  for (const [k, v] of Object.entries(svc.spec.selector)) assert.equal(pod.metadata.labels[k], v, `Service selector ${k} matches no pod`);
  assert.ok(c.ports.some((p: { name: string }) => p.name === svc.spec.ports[0].targetPort));

  const hpa = byKind('HorizontalPodAutoscaler')[0];
  assert.equal(hpa.spec.scaleTargetRef.kind, 'Deployment');
  assert.equal(hpa.spec.scaleTargetRef.name, dep.metadata.name);
  assert.ok(hpa.spec.minReplicas <= hpa.spec.maxReplicas);
});

test('the README and docs name only Docker files that exist', () => {
  const texts = ['README.md', 'docs/operations.md'].filter((p) => existsSync(join(root, p))).map(read).join('\n');
  const named = [...texts.matchAll(/\bdocker\/[\w./-]+\.(?:ya?ml|cuda|dockerignore)|\bdocker\/Dockerfile\b/g)].map((m) => m[0]);
  assert.ok(named.length > 0, 'the docs do not mention the Docker files');
  for (const p of named) assert.ok(existsSync(join(root, p)), `${p} is named in the docs but does not exist`);
});

test('k8s: every volume claim a pod mounts is defined, and pods run as the images\' user id', () => {
  const docs = readdirSync(join(root, 'docker/k8s'))
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => parseAllDocuments(read(`docker/k8s/${f}`)).map((d) => d.toJS()));
  const claims = new Set(docs.filter((d) => d?.kind === 'PersistentVolumeClaim').map((d) => d.metadata.name));
  const pods = docs.filter((d) => d?.spec?.template?.spec).map((d) => [d.metadata.name, d.spec.template.spec]);
  assert.ok(pods.length >= 2);
  for (const [name, pod] of pods) {
    for (const v of pod.volumes ?? []) if (v.persistentVolumeClaim) assert.ok(claims.has(v.persistentVolumeClaim.claimName), `${name} mounts the undefined claim ${v.persistentVolumeClaim.claimName}`);
    // The CPU image runs as `node` (1000 in the official images); the CUDA image creates its user with 1000.
    assert.equal(pod.securityContext.runAsUser, 1000, `${name} runs as a user id the images do not have`);
  }
  assert.match(read('docker/Dockerfile.cuda'), /useradd --uid 1000\b/);
});

for (const file of ['docker/Dockerfile', 'docker/Dockerfile.cuda']) {
  test(`${file}: the runtime gets node_modules pruned of dev dependencies, and what it runs with is not one`, () => {
    const ins = instructions(read(file));
    const stage = ins.find((i) => i.op === 'RUN' && /npm prune --omit=dev/.test(i.args));
    assert.ok(stage, 'no stage prunes dev dependencies');
    assert.ok(ins.some((i) => i.op === 'COPY' && /--from=prod-deps \/app\/node_modules/.test(i.args)));
    const pkg = JSON.parse(read('package.json'));
    assert.ok(pkg.dependencies?.tsx, 'tsx runs the TypeScript at runtime, so it must be a production dependency');
  });
}
