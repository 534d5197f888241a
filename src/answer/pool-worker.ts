// A worker thread of the answer pool (src/answer/pool.ts): builds the bot
// once when the thread starts (piscina counts it ready after that), then
// answers one task at a time, passing steps, streamed text and
// recommendation-status lookups over the task's port.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { MessagePort } from 'node:worker_threads';
import { workerData } from 'piscina';
import { createBot } from './bot.ts';
import type { RecommendationRoute } from './local.ts';
import type { FromWorker, PoolTask, PoolWorkerData, ToWorker } from './pool.ts';
import type { Answer } from './types.ts';

const data = workerData as PoolWorkerData;
const current = new AsyncLocalStorage<{ port: MessagePort; routes: Map<number, (r: Awaited<ReturnType<RecommendationRoute>>) => void> }>();
let seq = 0;

const recommendationRoute: RecommendationRoute | undefined = data.recommendationRoute
  ? (read) => {
      const task = current.getStore();
      if (!task) return Promise.resolve(null);
      const id = ++seq;
      return new Promise((resolve) => {
        task.routes.set(id, resolve);
        task.port.postMessage({ type: 'route', id, read } satisfies FromWorker);
      });
    }
  : undefined;

const bot = await createBot(data.config, {
  surface: data.surface,
  build: 'load',
  checksums: false, // the parent verified the same files before starting the pool
  recommendationRoute,
  log: (line) => {
    const task = current.getStore();
    if (task) task.port.postMessage({ type: 'log', line } satisfies FromWorker);
    else process.stderr.write(`${line}\n`);
  },
});

export default async function answer(task: PoolTask | { ping: true }): Promise<Answer | null> {
  if (task.ping) return null;
  const { port } = task;
  const controller = new AbortController();
  const routes = new Map<number, (r: Awaited<ReturnType<RecommendationRoute>>) => void>();
  port.on('message', (m: ToWorker) => {
    if (m.type === 'abort') controller.abort();
    else if (m.type === 'route-result') {
      routes.get(m.id)?.(m.result);
      routes.delete(m.id);
    }
  });
  try {
    return await current.run({ port, routes }, () =>
      bot.ask(task.question, {
        history: task.history,
        signal: controller.signal,
        ...(task.wants.step ? { onStep: (step, detail) => port.postMessage({ type: 'step', step, detail } satisfies FromWorker) } : {}),
        ...(task.wants.text ? { onText: (delta) => port.postMessage({ type: 'text', delta } satisfies FromWorker) } : {}),
      }),
    );
  } finally {
    port.postMessage({ type: 'done' } satisfies FromWorker);
    port.close();
  }
}
