// `npm run eval:live`: the dev question set through the LLM path, scored by
// ../shared/tools/eval.mjs. Without OPENAI_API_KEY it says so and exits 0.
// Extra arguments go to eval.mjs (e.g. `npm run eval:live -- --min-hit3 0.8`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, loadConfig, PROJECT_ROOT } from '../src/config.ts';

export const EVAL_SCRIPT = resolve(PROJECT_ROOT, '..', 'shared', 'tools', 'eval.mjs');

function main(): number {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 2;
    }
    throw err;
  }
  if (!config.openai.apiKey) {
    console.log('eval:live skipped: OPENAI_API_KEY is not set (set it, and optionally OPENAI_BASE_URL and OPENAI_MODEL, to score the LLM path).');
    return 0;
  }
  if (!existsSync(EVAL_SCRIPT)) {
    console.error(`eval:live: ${EVAL_SCRIPT} not found; it is the shared scorer next to this checkout.`);
    return 2;
  }
  console.log(`eval:live: model ${config.openai.model} at ${config.openai.baseURL ?? 'https://api.openai.com/v1'}`);
  const run = spawnSync(process.execPath, [EVAL_SCRIPT, ...process.argv.slice(2)], { cwd: PROJECT_ROOT, stdio: 'inherit', env: process.env });
  if (run.error) {
    console.error(`eval:live: could not run the scorer: ${run.error.message}`);
    return 1;
  }
  return run.status ?? 1;
}

process.exitCode = main();
