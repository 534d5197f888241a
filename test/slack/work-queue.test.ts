import { describe, expect, it } from 'vitest';
import { WorkQueue } from '../../src/slack/work-queue.ts';

describe('WorkQueue', () => {
  it('runs at most `concurrency` jobs at once, in arrival order, and passes results and errors through', async () => {
    const q = new WorkQueue(2, 0, 0);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const job = (i: number) => async () => {
      running++;
      peak = Math.max(peak, running);
      order.push(i);
      await new Promise((r) => setTimeout(r, 10));
      running--;
      if (i === 3) throw new Error('job 3 failed');
      return i * 10;
    };
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((i) => q.run(job(i))));
    expect(peak).toBe(2);
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([10, 20, 'job 3 failed', 40, 50]);
    expect(q.running).toBe(0);
    expect(q.pending).toBe(0);
  });

  it('lets the event loop run before a job starts, and waits for a quiet spell after arrivals', async () => {
    const q = new WorkQueue(1, 20, 200);
    let ioFirst = false;
    setImmediate(() => (ioFirst = true));
    q.noteArrival();
    const t0 = performance.now();
    await q.run(async () => expect(ioFirst).toBe(true));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(15);
  });
});
