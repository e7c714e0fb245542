import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const job = parse(readFileSync(new URL('../../../../docker/k8s/generate-job.yaml', import.meta.url), 'utf8'));

test('the generation Job is Indexed, one completion per shard, each pod passing its index as --shard-index', () => {
  assert.equal(job.kind, 'Job');
  assert.equal(job.spec.completionMode, 'Indexed');
  const container = job.spec.template.spec.containers[0];
  const env = Object.fromEntries(container.env.map((e: { name: string; value: string }) => [e.name, e.value]));
  assert.equal(Number(env.SHARDS), job.spec.completions, 'completions must equal --shards');
  const script = container.args.join(' ');
  assert.match(script, /uidsl\.mjs data generate/);
  assert.match(script, /--shards "\$SHARDS"/);
  assert.match(script, /--shard-index "\$JOB_COMPLETION_INDEX"/);
  assert.match(script, /--seed "\$SEED"/);
  assert.equal(job.spec.template.spec.restartPolicy, 'Never');
});
