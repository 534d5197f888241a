// Answers in worker threads: the same answers as in process, steps and
// recommendation-status lookups passed across, the question logged here.
import { afterAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/answer/bot.ts';
import { buildIndex } from '../../src/search/index.ts';
import type { QuestionRecord } from '../../src/store/types.ts';
import { copyOfRepoCorpus, testConfig } from '../search/helpers.ts';

const config = { ...testConfig(copyOfRepoCorpus()), openai: { ...testConfig(copyOfRepoCorpus()).openai, apiKey: undefined } };
await buildIndex(config);
const records: QuestionRecord[] = [];
const routed: string[] = [];
const routedWith: { asked?: string; previousAnswer?: string }[] = [];
const pooled = await createBot(config, {
  surface: 'slack',
  workers: 1,
  questionLog: { recordQuestion: (q) => records.push(q) },
  recommendationRoute: async (read) => {
    routed.push(read.searchText);
    routedWith.push({ asked: read.text, previousAnswer: read.previousAnswer });
    return /aanbeveling 7/.test(read.searchText) ? { text: 'Aanbeveling 7 is open.', citations: [] } : null;
  },
});
const local = await createBot(config, { surface: 'slack', warmUp: false });
afterAll(async () => {
  await pooled.close();
  await local.close();
});

describe('answer pool', () => {
  it('answers as the bot in process does, and logs the question in this thread', async () => {
    await pooled.ready!();
    for (const q of ['Wat vindt de SER van het concurrentiebeding?', 'What does the advisory say about venture capital?']) {
      const a = await pooled.ask(q, { onStep: () => undefined, onText: () => undefined });
      const b = await local.ask(q);
      expect({ ...a, latencyMs: 0 }).toEqual({ ...b, latencyMs: 0 });
    }
    expect(records.map((r) => r.text)).toEqual(['Wat vindt de SER van het concurrentiebeding?', 'What does the advisory say about venture capital?']);
  });

  it('a status question is answered by the route of this thread', async () => {
    const a = await pooled.ask('Wat is de status van aanbeveling 7?');
    expect(routed).toContain('Wat is de status van aanbeveling 7?');
    expect(a.text).toContain('Aanbeveling 7 is open.');
  });

  it('the route hears the turn as asked and, for a follow-up, the answer before it', async () => {
    const previous = 'Het advies zegt (p. 10): “Moedig Nederlandse pensioenfondsen aan om MKB-financiering op te nemen in een beleggingsmix.” [1]';
    await pooled.ask('wie moet dat oppakken?', { history: [{ role: 'user', text: 'Staat er iets in over pensioenfondsen?' }, { role: 'assistant', text: previous }] });
    expect(routedWith.at(-1)).toEqual({ asked: 'wie moet dat oppakken?', previousAnswer: previous });
  });

  it('an aborted question is rejected', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(pooled.ask('Wat zegt het advies over leerrechten?', { signal: controller.signal })).rejects.toThrow();
  });
});
