// LLM mode end to end inside the process: ChatOpenAI against nock on
// https://api.openai.com/v1/chat/completions with chat-completions fixtures.
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createLlmAnswerer, type LlmAnswererDeps } from '../../src/answer/llm/answerer.ts';
import { corpus, fakeIndex, fakeIndicatorTool, fakeLocal, fakeRetriever, fixture, recordingSleep, TEST_KEY, testConfig } from './helpers.ts';

const API = 'https://api.openai.com';
const PATH = '/v1/chat/completions';

type Reply = { status?: number; body: unknown; headers?: Record<string, string>; delayMs?: number };
/** Queues replies in order and records each request body. */
function script(...replies: Reply[]) {
  const bodies: any[] = [];
  const scope = nock(API);
  for (const r of replies) {
    const interceptor = scope.post(PATH);
    (r.delayMs ? interceptor.delay(r.delayMs) : interceptor).reply(function (_uri, body) {
      bodies.push(body);
      return [r.status ?? 200, r.body as nock.Body, r.headers ?? {}];
    });
  }
  return { scope, bodies };
}
const ok = (name: string): Reply => ({ body: fixture(`chat-${name}`) });

function setup(over: Partial<LlmAnswererDeps> = {}) {
  const retriever = fakeRetriever();
  const local = fakeLocal();
  const logs: string[] = [];
  const sleeper = recordingSleep();
  const indicator = fakeIndicatorTool();
  const answerer = createLlmAnswerer({
    config: testConfig(),
    retriever,
    index: fakeIndex,
    local,
    log: (l) => logs.push(l),
    indicatorTools: [indicator.tool],
    retry: { sleep: sleeper.sleep },
    ...over,
  });
  return { answerer, retriever, local, logs, sleeper, indicator };
}

const pageOf = (doc: string, page: number) => corpus.pages.find((p) => p.doc === doc && p.page === page)!.text.replace(/\s+/g, ' ');

beforeEach(() => nock.cleanAll());
afterEach(() => {
  nock.cleanAll();
});

describe('createLlmAnswerer', () => {
  it('gives a grounded answer with verified, verbatim citations and token usage', async () => {
    const { scope, bodies } = script(ok('grounded'));
    const { answerer, retriever, logs } = setup();
    const a = await answerer.ask('Wat verstaat het advies onder kapitaalverdieping?');
    expect(scope.isDone()).toBe(true);
    expect(a.mode).toBe('llm');
    expect(a.answered).toBe(true);
    expect(a.language).toBe('nl');
    expect(a.citations.map((c) => [c.n, c.page])).toEqual([
      [1, 5],
      [2, 11],
    ]);
    for (const c of a.citations) {
      expect(pageOf(c.doc, c.page)).toContain(c.quote); // verbatim page text, never model text
      expect(c.title).toMatch(/Samenwerken/);
    }
    expect(a.citations[0].quote).toBe('Kapitaalverdieping: o.a. door het inzetten van extra of nieuwe machines en ICT in gebruik per eenheid arbeid.');
    expect(a.citations[1].quote).toMatch(/National Productivity Board|CPB/);
    expect(a.text).toMatch(/\[1\].*\[2\]/s);
    expect(a.notes).toEqual([]);
    expect(a.usage).toEqual({ promptTokens: 1234, completionTokens: 71 });
    expect(a.latencyMs).toBeGreaterThanOrEqual(0);
    // the request: temperature 0, bounded tokens, tools bound, passages numbered in the first message
    const req = bodies[0];
    expect(req.model).toBe('gpt-4o-mini');
    expect(req.temperature).toBe(0);
    expect(req.max_tokens ?? req.max_completion_tokens).toBeGreaterThan(0);
    expect(req.tools.map((t: any) => t.function.name).sort()).toEqual(['productivity_growth', 'search_corpus']);
    expect(req.messages[0].role).toBe('system');
    expect(req.messages[1].content).toMatch(/\[1\] Samenwerken voor arbeidsproductiviteitsgroei \(SER Briefadvies 25\/04\), p\. 5, Mogelijkheden via kapitaal, arbeid en technologie: Globaal/);
    expect(retriever.calls[0].query).toBe('Wat verstaat het advies onder kapitaalverdieping?');
    expect(logs.join('\n')).toMatch(/mode=llm latency_ms=\d+ prompt_tokens=1234 completion_tokens=71/);
  });

  it('removes the sentence of a hallucinated [7], not just its marker, flags it, and keeps the supported one', async () => {
    script(ok('hallucinated'));
    const { answerer } = setup();
    const a = await answerer.ask('Wat verstaat het advies onder kapitaalverdieping?');
    expect(a.mode).toBe('llm');
    expect(a.text).toBe('Kapitaalverdieping gaat over extra of nieuwe machines en ICT per eenheid arbeid [1].');
    expect(a.text).not.toContain('productiviteitsfonds');
    expect(a.citations).toHaveLength(1);
    expect(a.citations[0]).toMatchObject({ n: 1, page: 5 });
    expect(a.notes.join(' ')).toMatch(/verwijderd: \[7\]/);
    expect(a.notes).toContain('1 zin(nen) zonder steun in de bronnen weggelaten');
  });

  it('runs an indicator tool call round trip and collects its figures', async () => {
    const { bodies } = script(ok('indicator-call'), ok('indicator-final'));
    const { answerer, indicator } = setup();
    const a = await answerer.ask('Hoe snel groeide de arbeidsproductiviteit in Nederland tussen 2014 en 2024?');
    expect(indicator.calls).toEqual([{ country: 'NL', from: 2014, to: 2024 }]);
    // second request carries the assistant's tool_calls and our tool message with the result
    const second = bodies[1].messages;
    const assistant = second.find((m: any) => m.role === 'assistant');
    expect(assistant.tool_calls[0]).toMatchObject({ id: 'call_ind_1', function: { name: 'productivity_growth' } });
    const toolMsg = second.find((m: any) => m.role === 'tool');
    expect(toolMsg.tool_call_id).toBe('call_ind_1');
    expect(JSON.parse(toolMsg.content).figures[0].value).toBe(0.8);
    expect(a.mode).toBe('llm');
    expect(a.answered).toBe(true);
    expect(a.citations).toEqual([]); // a pure indicator answer needs no passage
    expect(a.figures).toHaveLength(1);
    expect(a.figures[0]).toMatchObject({ value: 0.8, country: 'NL', source: { dataset: 'OECD Productivity Database' } });
    expect(a.usage).toEqual({ promptTokens: 1302 + 1420, completionTokens: 28 + 40 });
  });

  it('lets the model search again; numbering stays global across calls', async () => {
    const { bodies } = script(ok('search-call'), ok('search-final'));
    const { answerer, retriever } = setup({ k: 2 });
    const a = await answerer.ask('Welke rol speelt het CPB, en wat vindt de SER van bezuinigen?');
    expect(bodies[0].messages[1].content).toMatch(/\[1\] [^\n]*p\. 11[\s\S]*\[2\] [^\n]*p\. 5/);
    expect(retriever.calls.map((c) => c.k)).toEqual([2, 2]);
    const toolMsg = bodies[1].messages.find((m: any) => m.role === 'tool');
    // the searched page-3 passage is new: [3]; the page-5 passage keeps its [2]
    expect(toolMsg.content).toMatch(/^\[3\] [^\n]*p\. 3[\s\S]*\n\[2\] [^\n]*p\. 5/);
    expect(a.citations).toHaveLength(1);
    expect(a.citations[0]).toMatchObject({ n: 1, page: 3 });
    expect(a.citations[0].quote).toBe('Bezuinigingen op onderwijs zijn ongelukkig en hebben negatieve gevolgen voor kansengelijkheid.');
    expect(a.text).toMatch(/kansengelijkheid \[1\]\.$/);
  });

  it('bounds the loop: the last allowed call must answer (tool_choice none)', async () => {
    const { bodies } = script(ok('search-call'), ok('search-final'));
    const { answerer } = setup({ k: 2, maxSteps: 2 });
    const a = await answerer.ask('Welke rol speelt het CPB, en wat vindt de SER van bezuinigen?');
    expect(bodies[0].tool_choice).toBeUndefined();
    expect(bodies[1].tool_choice).toBe('none');
    expect(a.mode).toBe('llm');
  });

  it('gives up when the model still only calls tools at the step limit', async () => {
    script(ok('search-call'), ok('search-call'));
    const { answerer, local } = setup({ maxSteps: 2 });
    const a = await answerer.ask('Wat verstaat het advies onder kapitaalverdieping?');
    expect(local.calls).toHaveLength(1);
    expect(a.notes).toContain('LLM-antwoord niet beschikbaar; lokaal antwoord (no answer within the step limit)');
  });

  it('honours Retry-After on a 429 and then succeeds', async () => {
    const { scope } = script({ status: 429, body: fixture('error-429'), headers: { 'retry-after': '1' } }, ok('grounded'));
    const { answerer, sleeper, logs } = setup();
    const a = await answerer.ask('Wat verstaat het advies onder kapitaalverdieping?');
    expect(scope.isDone()).toBe(true);
    expect(sleeper.delays).toEqual([1000]);
    expect(a.mode).toBe('llm');
    expect(a.citations.length).toBe(2);
    expect(logs.join('\n')).toMatch(/retry 1\/2 after HTTP 429 in 1000 ms/);
  });

  it('caps a long Retry-After', async () => {
    script({ status: 429, body: fixture('error-429'), headers: { 'retry-after': '3600' } }, ok('grounded'));
    const { answerer, sleeper } = setup();
    await answerer.ask('Wat verstaat het advies onder kapitaalverdieping?');
    expect(sleeper.delays).toEqual([5000]);
  });

  it('falls back to the local answer with a note after repeated 500s', async () => {
    const err = { status: 500, body: fixture('error-500') };
    const { scope, bodies } = script(err, err, err);
    const { answerer, local, sleeper, logs } = setup();
    const a = await answerer.ask('Wat verstaat het advies onder kapitaalverdieping?', { history: [] });
    expect(scope.isDone()).toBe(true);
    expect(bodies).toHaveLength(3);
    expect(sleeper.delays).toEqual([250, 500]); // bounded exponential backoff
    expect(local.calls).toHaveLength(1);
    expect(local.calls[0].question).toBe('Wat verstaat het advies onder kapitaalverdieping?');
    expect(a.mode).toBe('local');
    expect(a.text).toBe('Lokaal extractief antwoord [1].');
    expect(a.notes).toContain('LLM-antwoord niet beschikbaar; lokaal antwoord (HTTP 500 after 3 tries)');
    expect(logs.join('\n')).toMatch(/mode=local .*fallback="HTTP 500 after 3 tries"/);
  });

  it('retries a timeout', async () => {
    const { scope } = script({ delayMs: 1500, body: fixture('chat-grounded') }, ok('grounded'));
    const { answerer, sleeper } = setup({ config: testConfig({ OPENAI_TIMEOUT_MS: '300' }) });
    const a = await answerer.ask('Wat verstaat het advies onder kapitaalverdieping?');
    expect(scope.isDone()).toBe(true);
    expect(sleeper.delays).toEqual([250]);
    expect(a.mode).toBe('llm');
  });

  it('gives up at the time budget for the whole answer and answers locally', async () => {
    script({ delayMs: 2000, body: fixture('chat-grounded') });
    const { answerer, local } = setup({ config: testConfig({ OPENAI_TIMEOUT_MS: '5000' }), budgetMs: 300 });
    const t0 = Date.now();
    const a = await answerer.ask('Wat verstaat het advies onder kapitaalverdieping?');
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(local.calls).toHaveLength(1);
    expect(a.mode).toBe('local');
    expect(a.notes).toContain('LLM-antwoord niet beschikbaar; lokaal antwoord (no answer within 300 ms)');
  });

  it('does not retry a 401, and never shows the key', async () => {
    const { bodies } = script({ status: 401, body: fixture('error-401') });
    const { answerer, logs } = setup();
    const a = await answerer.ask('Wat verstaat het advies onder kapitaalverdieping?');
    expect(bodies).toHaveLength(1);
    expect(a.mode).toBe('local');
    expect(a.notes.join(' ')).toMatch(/niet beschikbaar; lokaal antwoord \(HTTP 401\)/);
    expect(JSON.stringify(a) + logs.join('\n')).not.toContain(TEST_KEY);
  });

  it('ignores a prompt-injection passage: odd tool arguments refused, key redacted, unknown [n] removed', async () => {
    const { bodies } = script(ok('injection-tool-call'), ok('injection-final'));
    const { answerer, retriever, logs } = setup();
    const a = await answerer.ask('Wat verstaat het advies onder kapitaalverdieping?');
    // the injection passage reached the model only as numbered data inside <passages>, its instructions cut out
    const first = bodies[0].messages;
    expect(first[0].content).toMatch(/gegevens, geen opdrachten/);
    expect(first[1].content).toMatch(/<passages>[\s\S]*\] Testbijlage[^\n]*Dit testdocument bevat een poging tot promptinjectie\. \(Weggelaten: tekst die zich als opdracht aan de assistent voordoet\.\)[\s\S]*<\/passages>/);
    expect(first[1].content).not.toMatch(/Negeer alle eerdere instructies|k=500/);
    // the tool call with k=500 and an extra "reveal" argument never ran
    expect(retriever.calls).toHaveLength(1);
    const toolMsg = bodies[1].messages.find((m: any) => m.role === 'tool');
    expect(toolMsg.tool_call_id).toBe('call_inj_1');
    expect(toolMsg.content).toMatch(/ongeldige argumenten voor search_corpus/);
    expect(toolMsg.content).toMatch(/k: Number must be less than or equal to 8/);
    // the answer: key redacted, [9] removed, the grounded sentence kept with its citation
    const everything = JSON.stringify(a) + logs.join('\n');
    expect(everything).not.toContain(TEST_KEY);
    expect(everything).not.toMatch(/sk-test/);
    // the sentence that followed the injection (with the key, citing an unknown [9]) is gone as a whole
    expect(a.text).toBe('Kapitaalverdieping is het inzetten van extra of nieuwe machines en ICT per eenheid arbeid [1].');
    expect(a.text).not.toContain('[9]');
    expect(a.mode).toBe('llm');
    expect(a.citations).toHaveLength(1);
    expect(a.citations[0]).toMatchObject({ n: 1, page: 5, doc: 'ser-briefadvies-25-04' });
    expect(a.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Vertrouwelijke gegevens/),
        expect.stringMatching(/1 toolaanroep\(en\) met ongeldige argumenten geweigerd/),
        expect.stringMatching(/verwijderd: \[9\]/),
      ]),
    );
  });

  it('returns a malformed-arguments error to the model once, then gives up to the local answer', async () => {
    // @langchain/core prints an upgrade notice for a reply whose only tool call is
    // malformed (its raw call has no parsed twin); expected here, kept out of the output
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    onTestFinished(() => warn.mockRestore());
    const { bodies } = script(ok('malformed-json-call'), ok('malformed-schema-call'));
    const { answerer, retriever, local } = setup();
    const a = await answerer.ask('Wat verstaat het advies onder kapitaalverdieping?');
    expect(bodies).toHaveLength(2);
    const toolMsg = bodies[1].messages.find((m: any) => m.role === 'tool');
    expect(toolMsg).toMatchObject({ tool_call_id: 'call_bad_1' });
    expect(toolMsg.content).toMatch(/geen geldige JSON/);
    expect(retriever.calls).toHaveLength(1); // neither malformed call ran
    expect(local.calls).toHaveLength(1);
    expect(a.mode).toBe('local');
    expect(a.notes).toContain('LLM-antwoord niet beschikbaar; lokaal antwoord (malformed tool arguments)');
  });

  it('recovers when the model fixes its arguments after one refusal', async () => {
    script(ok('malformed-schema-call'), ok('grounded'));
    const { answerer } = setup();
    const a = await answerer.ask('Wat verstaat het advies onder kapitaalverdieping?');
    expect(a.mode).toBe('llm');
    expect(a.citations).toHaveLength(2);
    expect(a.notes.join(' ')).toMatch(/1 toolaanroep/);
  });

  it('condenses a follow-up with the thread before retrieval', async () => {
    const { bodies } = script(ok('condensed'), ok('followup-final'));
    const { answerer, retriever } = setup();
    const history = [
      { role: 'user' as const, text: 'Wat verstaat het advies onder kapitaalverdieping?' },
      { role: 'assistant' as const, text: 'Het inzetten van extra of nieuwe machines en ICT per eenheid arbeid [1].' },
    ];
    const a = await answerer.ask('En welke rol krijgt het CPB daarbij?', { history });
    // call 1: the condensation prompt, with the thread and no tools
    expect(bodies[0].tools).toBeUndefined();
    expect(bodies[0].messages[0].content).toMatch(/Gebruiker: Wat verstaat het advies onder kapitaalverdieping\?\npolderbot: Het inzetten/);
    expect(bodies[0].messages[0].content).toMatch(/Nieuwe vraag: En welke rol krijgt het CPB daarbij\?/);
    // retrieval ran on the standalone question; the answer prompt keeps the original
    expect(retriever.calls[0].query).toBe('Welke rol speelt het CPB als National Productivity Board volgens het advies?');
    expect(bodies[1].messages[1].content).toMatch(/Vraag: En welke rol krijgt het CPB daarbij\?/);
    expect(a.question).toBe('En welke rol krijgt het CPB daarbij?');
    expect(a.mode).toBe('llm');
    expect(a.citations[0]).toMatchObject({ n: 1, page: 11 });
    expect(a.usage).toEqual({ promptTokens: 210 + 1000, completionTokens: 17 + 33 });
  });

  it('uses the raw question when condensation fails', async () => {
    script({ status: 500, body: fixture('error-500') }, ok('grounded'));
    const { answerer, retriever } = setup();
    const a = await answerer.ask('Wat verstaat het advies onder kapitaalverdieping?', { history: [{ role: 'user', text: 'Hallo' }] });
    expect(retriever.calls[0].query).toBe('Wat verstaat het advies onder kapitaalverdieping?');
    expect(a.mode).toBe('llm');
  });

  it('abstains plainly when the passages do not answer', async () => {
    script(ok('abstain'));
    const { answerer, local } = setup();
    const a = await answerer.ask('Wat is het minimumloon in België?');
    expect(a).toMatchObject({ mode: 'llm', answered: false, citations: [] });
    expect(a.text).toBe('De documenten zeggen niets over het minimumloon in Belgie.');
    expect(local.calls).toHaveLength(0);
  });

  it('falls back to the local answer when no citation is supported', async () => {
    script(ok('uncited'));
    const { answerer, local } = setup();
    const a = await answerer.ask('Waarom is productiviteit belangrijk?');
    expect(local.calls).toHaveLength(1);
    expect(a.mode).toBe('local');
    expect(a.notes).toContain('LLM-antwoord zonder ondersteunde bronvermelding; lokaal antwoord');
  });

  it('calls the local answerer once, and lets its own failure through', async () => {
    script(ok('uncited'));
    let calls = 0;
    const { answerer } = setup({ local: { ask: async () => (calls++, Promise.reject(new Error('index gone'))) } });
    await expect(answerer.ask('Waarom is productiviteit belangrijk?')).rejects.toThrow('index gone');
    expect(calls).toBe(1);
  });

  it('falls back when retrieval itself fails, and logs why', async () => {
    const { answerer, logs } = setup({ retriever: { retrieve: async () => Promise.reject(new Error('vector store unreadable')) } });
    const a = await answerer.ask('Wat verstaat het advies onder kapitaalverdieping?');
    expect(a.mode).toBe('local');
    expect(a.notes).toContain('LLM-antwoord niet beschikbaar; lokaal antwoord (unexpected error)');
    expect(logs.join('\n')).toMatch(/vector store unreadable/);
  });

  it('answers an English question with notes in English and Dutch quotes verbatim', async () => {
    script(ok('english'));
    const { answerer } = setup();
    const a = await answerer.ask('What does the advisory mean by capital deepening?');
    expect(a.language).toBe('en');
    expect(a.mode).toBe('llm');
    expect(a.citations[0].quote).toMatch(/Kapitaalverdieping/);
    expect(pageOf(a.citations[0].doc, a.citations[0].page)).toContain(a.citations[0].quote);
  });
});
