// LLM mode with the real metrics catalogue's tools (src/answer/llm/indicator-tools.ts).
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { createLlmAnswerer } from '../../src/answer/llm/answerer.ts';
import { runIndicatorSync } from '../../src/metrics/run.ts';
import { fakeIndex, fakeLocal, fakeRetriever, fixture, recordingSleep, testConfig } from './helpers.ts';

afterEach(() => nock.cleanAll());

function answerer() {
  const local = fakeLocal();
  return { local, a: createLlmAnswerer({ config: testConfig(), retriever: fakeRetriever(), index: fakeIndex, local, retry: { sleep: recordingSleep().sleep } }) };
}

describe('LLM mode with the real indicator tools', () => {
  it('does not show the EU27 figure as the Netherlands\' (the tool said 0.24 for NL)', async () => {
    nock('https://api.openai.com')
      .post('/v1/chat/completions')
      .reply(200, fixture('chat-indicator-real-call'))
      .post('/v1/chat/completions')
      .reply(200, fixture('chat-indicator-final')); // "… in Nederland … gemiddeld 0,8% per jaar"
    const { a, local } = answerer();
    const ans = await a.ask('Hoe snel groeide de arbeidsproductiviteit per uur in Nederland sinds 2014?');
    expect(ans.text).not.toMatch(/0,8%/);
    expect(local.calls).toHaveLength(1);
    expect(ans.mode).toBe('local');
    expect(ans.notes).toContain('LLM-antwoord zonder ondersteunde bronvermelding; lokaal antwoord');
  });

  it('offers every catalogue tool and collects the figures of a call', async () => {
    const bodies: any[] = [];
    nock('https://api.openai.com')
      .post('/v1/chat/completions')
      .times(2)
      .reply(function (_u, body) {
        bodies.push(body);
        return [200, fixture(bodies.length === 1 ? 'chat-indicator-real-call' : 'chat-indicator-real-final')];
      });
    const { a } = answerer();
    const ans = await a.ask('Hoe snel groeide de arbeidsproductiviteit per uur in Nederland sinds 2014?');
    const names = bodies[0].tools.map((t: any) => t.function.name);
    expect(names).toEqual(expect.arrayContaining(['search_corpus', 'indicator_productivity_growth', 'indicator_scenario']));
    const expected = runIndicatorSync('productivity-growth', { country: 'NL', from: 2014, to: 2024 });
    expect(ans.mode).toBe('llm');
    expect(ans.text).toMatch(/0,24% per jaar, tegen 0,80% in de EU27/);
    expect(ans.figures).toEqual(expected.figures);
    expect(ans.figures.every((f) => f.source.dataset && f.source.retrieved)).toBe(true);
    const toolMsg = bodies[1].messages.find((m: any) => m.role === 'tool');
    expect(JSON.parse(toolMsg.content).indicator).toBe('productivity-growth');
  });

  it('refuses odd arguments by the indicator schema (the tool never runs)', async () => {
    const bodies: any[] = [];
    nock('https://api.openai.com')
      .post('/v1/chat/completions')
      .times(2)
      .reply(function (_u, body) {
        bodies.push(body);
        return [200, fixture(bodies.length === 1 ? 'chat-indicator-odd-call' : 'chat-grounded')];
      });
    const { a } = answerer();
    const ans = await a.ask('Wat verstaat het advies onder kapitaalverdieping?');
    const toolMsg = bodies[1].messages.find((m: any) => m.role === 'tool');
    expect(toolMsg.content).toMatch(/^Fout: ongeldige argumenten voor indicator_productivity_growth: /);
    expect(toolMsg.content).not.toMatch(/"figures"/);
    expect(ans.figures).toEqual([]);
    expect(ans.mode).toBe('llm');
    expect(ans.notes.join(' ')).toMatch(/1 toolaanroep/);
  });
});
