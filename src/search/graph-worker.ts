// The hnswlib graph of a fresh build, built in a worker thread: inserting a
// point (a search with efConstruction candidates, then its neighbours' links
// re-chosen) was most of a large ingest and ran on the thread that also
// writes the store. Here the thread that writes the store hands each
// document's vectors over (their buffers transferred, not copied) and goes
// on; the graph is built beside it, on the other core, with the same
// parameters, points in the same order and the same growth steps as
// IndexWriter's own graph, so the file is the same byte for byte.
//
// The worker is plain JavaScript (eval'd, like the checksum workers in
// index.ts): it needs nothing but hnswlib, resolved here.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { HierarchicalNSW } = require(workerData.hnswlib);
const { dims, params } = workerData;
let index;
const init = (n) => {
  index = new HierarchicalNSW('cosine', Math.max(1, dims));
  index.initIndex({ maxElements: Math.max(1, n), ...params, allowReplaceDeleted: true });
};
parentPort.on('message', (m) => {
  try {
    if (m.labels) {
      const n = m.labels.length;
      if (!index) init(n);
      if (index.getCurrentCount() + n > index.getMaxElements()) {
        index.resizeIndex(Math.max(index.getCurrentCount() + n, Math.ceil(index.getMaxElements() * 1.5)));
      }
      for (let i = 0; i < n; i++) index.addPoint(Array.from(m.vectors.subarray(i * dims, (i + 1) * dims)), m.labels[i]);
      parentPort.postMessage({ added: n });
    } else {
      if (!index) init(1);
      index.writeIndexSync(m.write);
      parentPort.postMessage({ written: true });
    }
  } catch (err) {
    parentPort.postMessage({ error: String((err && err.message) || err) });
  }
});
`;

/** At most this many vectors wait for the graph (2 KB each at 512 dims): the writer then waits for it. */
const MAX_WAITING = 64_000;

export class GraphWorker {
  private readonly worker: Worker;
  private waiting = 0;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;
  private written = false;

  constructor(
    private readonly dims: number,
    params: { m: number; efConstruction: number; randomSeed: number },
  ) {
    const hnswlib = createRequire(import.meta.url).resolve('hnswlib-node');
    this.worker = new Worker(WORKER, { eval: true, workerData: { hnswlib, dims, params } });
    this.worker.on('message', (m: { added?: number; written?: boolean; error?: string }) => {
      if (m.error) this.failure = new Error(`Building the vector graph failed: ${m.error}`);
      if (m.added) this.waiting -= m.added;
      if (m.written) this.written = true;
      this.wake?.();
    });
    this.worker.on('error', (err) => {
      this.failure = err;
      this.wake?.();
    });
    this.worker.on('exit', () => {
      this.failure ??= this.written ? undefined : new Error('The vector graph worker stopped.');
      this.wake?.();
    });
  }

  /** Adds one document's points (labels and vectors in chunk order). */
  add(labels: number[], vectors: ArrayLike<number>[]): void {
    if (this.failure) throw this.failure;
    const packed = new Float32Array(labels.length * this.dims);
    vectors.forEach((v, i) => packed.set(v, i * this.dims));
    const ids = Int32Array.from(labels);
    this.worker.postMessage({ labels: ids, vectors: packed }, [ids.buffer, packed.buffer]);
    this.waiting += labels.length;
  }

  private async until(done: () => boolean): Promise<void> {
    while (!done()) {
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    if (this.failure) throw this.failure;
  }

  /** Waits while too many vectors are waiting for the graph (bounds the memory they hold). */
  backlog(): Promise<void> {
    return this.until(() => this.waiting <= MAX_WAITING);
  }

  /** Adds what is waiting, writes the graph to `path` and ends the worker. */
  async write(path: string): Promise<void> {
    this.worker.postMessage({ write: path });
    try {
      await this.until(() => this.written);
    } finally {
      await this.worker.terminate();
    }
  }

  abort(): void {
    void this.worker.terminate();
  }
}
