// Answers in worker threads (piscina), so the event loop that acknowledges
// Slack never runs retrieval or composition: an ack waits for nothing but
// its own turn. Each worker opens the index and builds the same bot as
// createBot; the main thread keeps the question log and the recommendation
// tracker (the store), which a worker reaches through its task's port.
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { Config } from '../config.ts';
import type { RecommendationRoute } from './local.ts';
import type { RouteQuestion } from '../language/question.ts';
import type { Answer, Answerer, AskOptions } from './types.ts';
import { siblingModule } from '../workers/module-url.ts';

export interface PoolWorkerData {
  module: string;
  config: Config;
  surface: 'cli' | 'slack' | 'slash';
  recommendationRoute: boolean;
}

export interface PoolTask {
  ping?: undefined;
  question: string;
  history?: AskOptions['history'];
  port: import('node:worker_threads').MessagePort;
  wants: { step: boolean; text: boolean };
}

/** Messages on a task's port: worker → main */
export type FromWorker =
  | { type: 'step'; step: Parameters<NonNullable<AskOptions['onStep']>>[0]; detail?: string }
  | { type: 'text'; delta: string }
  | { type: 'route'; id: number; read: RouteQuestion }
  | { type: 'log'; line: string }
  /** the last message of a task: everything it sent before has arrived */
  | { type: 'done' };
/** main → worker */
export type ToWorker = { type: 'abort' } | { type: 'route-result'; id: number; result: Awaited<ReturnType<RecommendationRoute>> };

export interface AnswerPool extends Answerer {
  /** resolves when every worker has loaded the index and warmed up */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export function createAnswerPool(
  config: Config,
  opts: { workers: number; surface: 'cli' | 'slack' | 'slash'; recommendationRoute?: RecommendationRoute; log?: (line: string) => void },
): AnswerPool {
  const log = opts.log ?? (() => undefined);
  const workerData: PoolWorkerData = {
    module: siblingModule('./pool-worker', import.meta.url),
    config,
    surface: opts.surface,
    recommendationRoute: !!opts.recommendationRoute,
  };
  const pool = new Piscina({
    filename: new URL('../workers/entry.mjs', import.meta.url).href,
    workerData,
    minThreads: opts.workers,
    maxThreads: opts.workers,
    // local answers are CPU work (one at a time per worker); LLM answers wait on the network
    concurrentTasksPerWorker: config.openai.apiKey ? 4 : 1,
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  // a worker takes tasks once its module has loaded, i.e. once its bot is built and warmed up
  let readyAll: Promise<void> | undefined;
  const ready = () => (readyAll ??= Promise.all(Array.from({ length: opts.workers }, () => pool.run({ ping: true }))).then(() => undefined));
  return {
    ready,
    async ask(question: string, askOpts: AskOptions = {}): Promise<Answer> {
      askOpts.signal?.throwIfAborted();
      const { port1, port2 } = new MessageChannel();
      let done!: () => void;
      const drained = new Promise<void>((resolve) => (done = resolve));
      port1.on('close', () => done());
      port1.on('message', (m: FromWorker) => {
        if (m.type === 'done') done();
        else if (m.type === 'step') askOpts.onStep?.(m.step, m.detail);
        else if (m.type === 'text') askOpts.onText?.(m.delta);
        else if (m.type === 'log') log(m.line);
        else if (m.type === 'route') {
          const answer = (opts.recommendationRoute?.(m.read) ?? Promise.resolve(null)).catch(() => null);
          void answer.then((result) => port1.postMessage({ type: 'route-result', id: m.id, result } satisfies ToWorker));
        }
      });
      const onAbort = () => port1.postMessage({ type: 'abort' } satisfies ToWorker);
      askOpts.signal?.addEventListener('abort', onAbort, { once: true });
      const task: PoolTask = { question, history: askOpts.history, port: port2, wants: { step: !!askOpts.onStep, text: !!askOpts.onText } };
      try {
        const answer = (await pool.run(task, { transferList: [port2] })) as Answer;
        // the answer comes back on piscina's channel, steps and text on this one: deliver those first
        await drained;
        return answer;
      } finally {
        askOpts.signal?.removeEventListener('abort', onAbort);
        port1.close();
      }
    },
    close: () => pool.destroy(),
  };
}
