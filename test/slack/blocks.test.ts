import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.ts';
import { splitText } from '../../src/slack/blocks/split.ts';
import { renderAnswer, citationLine, shownCitations } from '../../src/slack/blocks/answer.ts';
import { headlineFigures, seriesChart } from '../../src/slack/blocks/headline.ts';
import { packMessages, type Block } from '../../src/slack/blocks/message.ts';
import { renderIndicator, renderIndicatorHelp, decodeShareValue, encodeShareValue } from '../../src/slack/blocks/indicator.ts';
import { escapeMrkdwn, link } from '../../src/slack/blocks/mrkdwn.ts';
import { figure } from '../../src/metrics/localise.ts';
import { msg, say } from '../../src/metrics/messages.ts';
import { figureLines } from '../../src/slack/blocks/figures.ts';
import { makeAnswer, makeIndicatorResult, longText } from './fixtures.ts';

function sectionTexts(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));
}

describe('splitText', () => {
  it('keeps short text whole and drops empty text', () => {
    expect(splitText('Kort antwoord.')).toEqual(['Kort antwoord.']);
    expect(splitText('   ')).toEqual([]);
  });

  it('cuts at paragraph boundaries first and never exceeds the limit', () => {
    const p = 'a'.repeat(60);
    const parts = splitText(`${p}\n\n${p}\n\n${p}`, 130);
    expect(parts).toEqual([`${p}\n\n${p}`, p]);
  });

  it('cuts at sentence or word boundaries, then hard, and loses no words', () => {
    const text = longText(10_000);
    const parts = splitText(text, 3000);
    expect(parts.length).toBeGreaterThanOrEqual(4);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(3000);
    expect(parts.join(' ').split(/\s+/)).toEqual(text.split(/\s+/));
    const hard = splitText('x'.repeat(7001), 3000);
    expect(hard.map((h) => h.length)).toEqual([3000, 3000, 1001]);
  });

  it('does not cut inside an escaped entity', () => {
    const s = `${'y'.repeat(8)}&amp;${'z'.repeat(10)}`;
    const parts = splitText(s, 10);
    expect(parts.every((p) => !/&a?m?p?$/.test(p) || p.endsWith('&amp;'))).toBe(true);
    expect(parts.join('')).toBe(s);
  });
});

describe('renderAnswer', () => {
  it('renders text, sources with links and pages, the mode and feedback buttons', () => {
    const a = makeAnswer();
    const [msg, ...rest] = renderAnswer(a, { answerId: 'A1' });
    expect(rest).toHaveLength(0);
    const texts = sectionTexts(msg!.blocks);
    expect(texts[0]).toContain('De SER adviseert');
    const sources = texts.find((t) => t.startsWith('*Bronnen*'))!;
    expect(sources).toContain('[1] Samenwerken voor arbeidsproductiviteitsgroei (SER Briefadvies 25/04), p. 4 (Aanbevelingen)');
    expect(sources).toContain('[2] <https://example.org/kamerbrief|Kamerbrief productiviteitsagenda>, pp. 2–3');
    const ctx = msg!.blocks.find((b) => b.type === 'context');
    expect(JSON.stringify(ctx)).toContain('lokaal antwoord');
    // Slack's native thumbs, last
    expect(msg!.blocks.at(-1)).toEqual({
      type: 'context_actions',
      block_id: 'feedback:A1',
      elements: [
        {
          type: 'feedback_buttons',
          action_id: 'answer_feedback',
          positive_button: { text: { type: 'plain_text', text: '👍' }, value: 'up:A1', accessibility_label: 'Nuttig' },
          negative_button: { text: { type: 'plain_text', text: '👎' }, value: 'down:A1', accessibility_label: 'Niet nuttig' },
        },
      ],
    });
    expect(msg!.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(msg!.text).toContain('De SER adviseert');
  });

  it('flags an answer without citations and shows notes', () => {
    const a = makeAnswer({ citations: [], notes: ['LLM niet beschikbaar, lokaal antwoord'] });
    const [msg] = renderAnswer(a, { answerId: 'A2' });
    const json = JSON.stringify(msg!.blocks);
    expect(json).toContain('Zonder bronvermelding');
    expect(json).toContain('LLM niet beschikbaar, lokaal antwoord');
    expect(json).not.toContain('*Bronnen*');
  });

  it('does not flag an abstention as uncited', () => {
    const a = makeAnswer({ answered: false, citations: [], text: 'Daarover zegt het advies niets.' });
    expect(JSON.stringify(renderAnswer(a, { answerId: 'A3' }))).not.toContain('Zonder bronvermelding');
  });

  it('shows figures with their source, publisher and retrieval date', () => {
    const a = makeAnswer({ figures: makeIndicatorResult().figures });
    const texts = sectionTexts(renderAnswer(a, { answerId: 'A4' })[0]!.blocks);
    const fig = texts.find((t) => t.startsWith('*Cijfers*'))!;
    expect(fig).toContain('• Groei arbeidsproductiviteit per uur: *1,23%* (NL, 2014-2024) [A]');
    expect(fig).toContain('• Groei arbeidsproductiviteit per uur: *1,5%* (EU27, 2014-2024) [A]');
    // the shared source is listed once
    expect(fig.match(/Bron \[A\]: Eurostat, <https:\/\/ec\.europa\.eu\/eurostat\/databrowser\/view\/nama_10_lp_ulc\|National accounts> \(nama_10_lp_ulc\), opgehaald 2026-11-01/g)).toHaveLength(1);
    expect(fig).not.toContain('[B]');
  });

  it('shows figure labels, units and periods in Dutch for a Dutch answer, in English for an English one', () => {
    const base = makeIndicatorResult().figures[0]!;
    // as the indicators make them: texts from the message catalogue
    const f = figure(msg('label.gdp-per-hour.growth'), 0.24, msg('unit.%-a-year'), base.period, base.country, base.source);
    const q = figure(msg('label.rd.gap', { target: 3 }), 0.69, msg('unit.pp-of-gdp'), msg('period.as-quoted', { year: 2025 }), base.country, base.source);
    expect(figureLines([f, q], 'nl').slice(0, 2)).toEqual([
      '• Bbp per gewerkt uur, gemiddelde jaarlijkse groei: *0,24 % per jaar* (NL, 2014-2024) [A]',
      '• Afstand tot de doelstelling van 3,0 %: *0,69 procentpunt van het bbp* (NL, zoals genoemd (2025)) [A]',
    ]);
    expect(figureLines([f], 'en')[0]).toBe('• GDP per hour worked, average annual growth: *0.24 % a year* (NL, 2014-2024) [A]');
    expect(f.label).toBe('GDP per hour worked, average annual growth'); // the figure itself is not changed
  });

  it('gives each distinct source its own letter, quotes document pages, and caps long figure lists', () => {
    const base = makeIndicatorResult().figures[0]!;
    const doc = { ...base, label: 'R&D-uitgaven', value: 2.3, source: { ...base.source, dataset: 'SER Briefadvies 25/04', doc: 'ser-briefadvies-25-04', page: 6, url: '' } };
    const many = Array.from({ length: 20 }, (_, i) => ({ ...base, period: String(2000 + i) }));
    const lines = figureLines([base, doc, ...many], 'nl');
    expect(lines[1]).toMatch(/R&amp;D-uitgaven: \*2,3%\* .*\[B\]$/);
    expect(lines).toContain('Bron [B]: SER Briefadvies 25/04, p. 6');
    expect(lines).toContain('_… en nog 7 cijfers_');
    expect(lines.filter((l) => l.startsWith('• '))).toHaveLength(15);
  });

  it('splits a very long answer over messages within 3,000 characters a section and 50 blocks a message', () => {
    const citations = Array.from({ length: 120 }, (_, i) => ({ ...makeAnswer().citations[0]!, n: i + 1, section: 's'.repeat(40) }));
    const a = makeAnswer({ text: longText(200_000), citations });
    const messages = renderAnswer(a, { answerId: 'A5' });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(50);
      for (const t of sectionTexts(m.blocks)) expect(t.length).toBeLessThanOrEqual(3000);
      expect(m.text.length).toBeLessThanOrEqual(3000);
    }
    const last = messages.at(-1)!;
    expect(last.blocks.at(-1)!.type).toBe('context_actions');
    const all = messages.flatMap((m) => sectionTexts(m.blocks)).join('\n');
    expect(all).toContain('[120] ');
  });

  it('adds a share button when asked and leaves out feedback when asked', () => {
    const [m] = renderAnswer(makeAnswer(), { answerId: 'A6', share: true, feedback: false });
    const actions = m!.blocks.find((b) => b.type === 'actions') as Extract<Block, { type: 'actions' }>;
    expect(actions.elements.map((e) => (e as { action_id: string }).action_id)).toEqual(['share_answer']);
  });

  it('escapes mrkdwn control characters in the answer', () => {
    const [m] = renderAnswer(makeAnswer({ text: 'R&D < 2% van bbp > niets' }), { answerId: 'A7' });
    expect(sectionTexts(m!.blocks)[0]).toBe('R&amp;D &lt; 2% van bbp &gt; niets');
  });

  it('shows the verbatim quote of each source below it, escaped and shortened', () => {
    const long = 'Zo heeft Nederland een onderontwikkelde markt voor risicofinanciering & durfkapitaal. '.repeat(6);
    const a = makeAnswer({ citations: [{ n: 1, doc: 'd', title: 'Advies', page: 6, section: '', quote: long }] });
    const sources = sectionTexts(renderAnswer(a, { answerId: 'A9' })[0]!.blocks).find((t) => t.startsWith('*Bronnen*'))!;
    const [, line, quote] = sources.split('\n');
    expect(line).toBe('[1] Advies, p. 6');
    expect(quote).toMatch(/^>Zo heeft Nederland .*risicofinanciering &amp; durfkapitaal/);
    expect(quote!.length).toBeLessThanOrEqual(1 + 300 + 4 * 6); // '>' + 300 characters, entities may lengthen
    expect(quote!.endsWith('…')).toBe(true);
  });

  it('writes English labels for an English answer', () => {
    const a = makeAnswer({ language: 'en' });
    expect(citationLine(a.citations[1]!, 'en')).toMatch(/, pp\. 2–3$/);
    expect(JSON.stringify(renderAnswer(a, { answerId: 'A8' }))).toContain('*Sources*');
  });
});

describe('packMessages', () => {
  it('keeps the tail in the last message', () => {
    const body: Block[] = Array.from({ length: 99 }, (_, i) => ({ type: 'section', text: { type: 'mrkdwn', text: `b${i}` } }));
    const tail: Block[] = [{ type: 'divider' }, { type: 'divider' }];
    const msgs = packMessages(body, tail, 'fallback', 'vervolg');
    expect(msgs.map((m) => m.blocks.length)).toEqual([50, 49, 2]);
    expect(msgs.at(-1)!.blocks.every((b) => b.type === 'divider')).toBe(true);
    expect(msgs[1]!.text).toBe('vervolg');
  });
});

describe('mrkdwn helpers', () => {
  it('escapes and links safely', () => {
    expect(escapeMrkdwn('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
    expect(link('https://x.nl/a b', 'T|itel')).toBe('<https://x.nl/a%20b|T¦itel>');
    expect(link('', 'Titel')).toBe('Titel');
    expect(link('javascript:alert(1)', 'Titel')).toBe('Titel');
  });
});

describe('renderIndicator', () => {
  it('renders a header, summary, figures with sources, method and a share button carrying id and params', () => {
    const [m] = renderIndicator(makeIndicatorResult(), { share: { id: 'productivity-growth', params: { country: 'NL', vs: 'EU27,US' } } });
    expect(m!.blocks[0]!.type).toBe('header');
    const json = JSON.stringify(m!.blocks);
    expect(json).toContain('Arbeidsproductiviteit per gewerkt uur groeide');
    expect(json).toContain('Methode: average annual growth');
    const actions = m!.blocks.find((b) => b.type === 'actions') as Extract<Block, { type: 'actions' }>;
    const value = (actions.elements[0] as { value: string }).value;
    expect(decodeShareValue(value)).toEqual({ id: 'productivity-growth', params: { country: 'NL', vs: 'EU27,US' } });
  });

  it('renders the title and method of a real result in Dutch for /indicator, in English when asked', () => {
    const title = msg('title.productivity-growth');
    const method = msg('method.productivity-growth', { from: 2014, to: 2024, years: 10 });
    const r = makeIndicatorResult({ title: say(title, 'en'), method: say(method, 'en'), msg: { title, method } });
    const [nl] = renderIndicator(r);
    expect(nl!.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Bbp per gewerkt uur, gemiddelde jaarlijkse groei' } });
    expect(JSON.stringify(nl!.blocks)).toContain('Methode: Bbp in constante koopkrachtpariteiten (Wereldbank NY.GDP.MKTP.PP.KD) gedeeld door het totaal aantal gewerkte uren (OESO); gemiddelde jaarlijkse groei = (niveau 2024 / niveau 2014)^(1/10) − 1.');
    expect(nl!.text).toMatch(/^Bbp per gewerkt uur, gemiddelde jaarlijkse groei: /);
    const [en] = renderIndicator(r, { lang: 'en' });
    expect(en!.blocks[0]).toMatchObject({ type: 'header', text: { text: 'GDP per hour worked, average annual growth' } });
    expect(JSON.stringify(en!.blocks)).toContain('Method: GDP at constant PPP (World Bank');
    expect(r.method).toMatch(/^GDP at constant PPP/); // the result itself stays English
  });

  it('lists ids and usage for help', () => {
    const m = renderIndicatorHelp([{ id: 'productivity-growth', title: 'Productiviteitsgroei' }], 'usage: --country <area>');
    const json = JSON.stringify(m.blocks);
    expect(json).toContain('`productivity-growth`: Productiviteitsgroei');
    expect(json).toContain('--country &lt;area&gt;');
  });

  it('drops a share value that would exceed the button limit', () => {
    expect(encodeShareValue({ id: 'x', params: { a: 'b'.repeat(3000) } })).toBeUndefined();
    expect(decodeShareValue('not json')).toBeUndefined();
  });
});

describe('thread-sized figures', () => {
  const src = makeIndicatorResult().sources[0]!;
  const fig = (label: string, period: string, country = 'NL', value = 1) => ({ label, value, unit: '%', period, country, source: src });
  const yearly = Array.from({ length: 11 }, (_, i) => fig('annual change', String(2014 + i)));

  it('keeps at most five: the headline figures, then the latest year of each series', () => {
    const avg = [fig('average growth', '2014-2024'), fig('average growth', '2014-2024', 'EU27'), fig('level', '2024'), fig('level', '2024', 'EU27')];
    const shown = headlineFigures([...avg, ...yearly]);
    expect(shown).toHaveLength(5);
    expect(shown.slice(0, 4)).toEqual(avg);
    expect(shown[4]!.period).toBe('2024');
  });

  it('never drops the latest years: a series alone shows its last five years, in order', () => {
    expect(headlineFigures(yearly).map((f) => f.period)).toEqual(['2020', '2021', '2022', '2023', '2024']);
    const many = Array.from({ length: 8 }, (_, i) => fig(`headline ${i}`, '2014-2024'));
    const shown = headlineFigures([...many, ...yearly]);
    expect(shown).toHaveLength(5);
    expect(shown.at(-1)!.period).toBe('2024');
  });

  it('draws the longest yearly series as the chart behind the button', () => {
    const chart = seriesChart([fig('average growth', '2014-2024'), ...yearly, fig('annual change', '2024', 'EU27', 2)])!;
    expect(chart.lines.map((l) => [l.country, l.points.length])).toEqual([['NL', 11], ['EU27', 1]]);
    expect(seriesChart([fig('average growth', '2014-2024')])).toBeUndefined();
  });

  it('shows only the citations the text refers to and no uncited warning beside sourced figures', () => {
    const a = makeAnswer({ text: 'Zie [2].' });
    expect(shownCitations(a).map((c) => c.n)).toEqual([2]);
    expect(shownCitations(makeAnswer({ text: 'Geen markers.' })).map((c) => c.n)).toEqual([1, 2]);
    const figs = makeAnswer({ citations: [], figures: yearly });
    expect(JSON.stringify(renderAnswer(figs, { answerId: 'F' }))).not.toContain('Zonder bronvermelding');
  });
});
