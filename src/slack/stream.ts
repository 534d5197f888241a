// One answer streamed into Slack through the Web API client's ChatStreamer
// (chat.startStream → chat.appendStream → chat.stopStream): the steps as
// task_update chunks while they run, the answer text as markdown (in LLM mode
// as it is verified, in local mode whole), and at the stop the figures,
// sources and the feedback buttons as blocks. Calls are serialised; the
// first failed call marks the stream failed so the caller can post instead.
// Each call goes through the Slack client's timeout and retries; how long the
// whole reply may take is the caller's delivery deadline (answer-flow.ts).
import type { types, webApi } from '@slack/bolt';
import type { AnswerStep } from '../answer/types.ts';
import { labels, type Lang } from './blocks/labels.ts';
import { splitText } from './blocks/split.ts';

export type ChatStreamer = webApi.ChatStreamer;
type Chunk = types.AnyChunk;
type Block = types.KnownBlock;

/** Text longer than this is not streamed: the rest goes in follow-up messages (chat.startStream takes 12,000). */
export const STREAM_TEXT_MAX = 11_000;
/** Each append stays well below the per-call markdown limit. */
const APPEND_MAX = 3_000;

interface Task {
  id: string;
  title: string;
  status: 'pending' | 'in_progress' | 'complete' | 'error';
  output?: string;
}

export class StreamedAnswer {
  private queue: Promise<void> = Promise.resolve();
  private readonly tasks = new Map<string, Task>();
  private current: string | undefined;
  private stopped = false;
  /** the first error of a stream call; the stream is not used after it */
  failed: unknown;
  /** the text appended so far (LLM mode: verified text as it came) */
  streamedText = '';

  constructor(
    private readonly streamer: ChatStreamer,
    private readonly lang: Lang,
    private readonly onError: (err: unknown) => void = () => {},
  ) {}

  /** the streamed message's ts, once chat.startStream has answered */
  get ts(): string | undefined {
    return this.streamer.ts;
  }

  get started(): boolean {
    return this.streamer.ts !== undefined;
  }

  private run(call: () => Promise<unknown>): Promise<void> {
    this.queue = this.queue.then(async () => {
      if (this.failed !== undefined || this.stopped) return;
      try {
        await call();
      } catch (err) {
        this.failed = err ?? new Error('stream call failed');
        this.onError(err);
      }
    });
    return this.queue;
  }

  /** waits for every call so far */
  settled(): Promise<void> {
    return this.queue;
  }

  stepTitle(step: AnswerStep, detail?: string): string {
    const L = labels(this.lang);
    const base = L.steps[step] ?? step;
    return detail ? `${base} ${detail}` : base;
  }

  /** a step starts: the running one (if another) completes, this one shows as in progress */
  step(step: AnswerStep, detail?: string): Promise<void> {
    const chunks: Chunk[] = [];
    if (this.current && this.current !== step) {
      const prev = this.tasks.get(this.current)!;
      prev.status = 'complete';
      chunks.push(taskChunk(prev));
    }
    const task: Task = { id: step, title: this.stepTitle(step, detail), status: 'in_progress' };
    this.tasks.set(step, task);
    this.current = step;
    chunks.push(taskChunk(task));
    return this.run(() => this.streamer.append({ chunks }));
  }

  /** verified answer text as it comes (buffered by the streamer, flushed in pieces) */
  text(delta: string): Promise<void> {
    if (!delta) return this.queue;
    this.streamedText += delta;
    return this.run(() => this.streamer.append({ markdown_text: delta }));
  }

  /** the rest of the text, in pieces within the per-call limit */
  appendText(text: string): Promise<void> {
    for (const piece of splitText(text, APPEND_MAX)) {
      this.streamedText += piece;
      void this.run(() => this.streamer.append({ markdown_text: `${piece}\n\n` }));
    }
    return this.queue;
  }

  /** ends the stream: open steps complete (with their outputs), the closing blocks below the text */
  async finish(opts: { outputs?: Partial<Record<AnswerStep, string>>; blocks?: Block[]; status?: Task['status'] } = {}): Promise<void> {
    const chunks: Chunk[] = [];
    for (const task of this.tasks.values()) {
      const output = opts.outputs?.[task.id as AnswerStep];
      if (task.status !== 'complete' || output) {
        task.status = opts.status ?? 'complete';
        if (output) task.output = output;
        chunks.push(taskChunk(task));
      }
    }
    await this.run(() => this.streamer.stop({ ...(chunks.length ? { chunks } : {}), ...(opts.blocks?.length ? { blocks: opts.blocks } : {}) }));
    this.stopped = true;
  }

  /** ends the stream with a visible error line (the steps show as failed) */
  async fail(message: string): Promise<void> {
    const chunks: Chunk[] = [];
    for (const task of this.tasks.values()) {
      if (task.status !== 'complete') {
        task.status = 'error';
        chunks.push(taskChunk(task));
      }
    }
    chunks.push({ type: 'markdown_text', text: message });
    await this.run(() => this.streamer.stop({ chunks }));
    this.stopped = true;
  }

  /** after a failure: close a started stream quietly, so Slack does not show it as still writing */
  async abandon(): Promise<void> {
    if (this.stopped || !this.started) return;
    this.stopped = true;
    await this.streamer.stop().catch(() => {});
  }

  /**
   * Gives the stream up without waiting for it (Slack hangs or fails, and the
   * answer goes another way): calls not yet made are dropped, and a stream that
   * a call still in flight opens after all is closed quietly.
   */
  cancel(): void {
    if (this.stopped) return;
    this.stopped = true;
    void this.queue.then(() => {
      if (this.started && this.failed === undefined) return this.streamer.stop().then(() => {}, () => {});
    });
  }
}

function taskChunk(t: Task): Chunk {
  return { type: 'task_update', id: t.id, title: t.title, status: t.status, ...(t.output ? { output: t.output } : {}) };
}
