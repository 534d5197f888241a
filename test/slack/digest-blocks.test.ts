// The digest as Slack shows it (src/slack/blocks/digest.ts): user text escaped
// with slack/blocks' mrkdwn escaping, long sections split to Slack's limits
// (never cut off), and the marker always in the message.
import { describe, expect, it } from 'vitest';
import { composeDigest, type Digest } from '../../src/digest/compose.ts';
import { renderDigestText } from '../../src/digest/render.ts';
import { digestBlocks, digestMessage, digestMrkdwn } from '../../src/slack/blocks/digest.ts';
import { escapeMrkdwnKeepingAmpersands } from '../../src/slack/blocks/mrkdwn.ts';
import { recommendations, weekFixture } from '../digest/fixture.ts';

const textOf = (b: unknown) => (b as { text?: { text: string } }).text?.text ?? '';

describe('the digest in Slack', () => {
  it('escapes user text so a question cannot form a link or mention', () => {
    const fx = weekFixture();
    const d = composeDigest({
      week: '2026-W49',
      period: { from: new Date('2026-11-23T08:00:00Z'), to: new Date('2026-11-30T08:00:00Z') },
      questions: [{ text: 'Wat is R&D <!channel>?', askedAt: new Date('2026-11-24T08:00:00Z'), answered: false, mode: 'local', surface: 'slack' }],
      feedback: { up: 0, down: 0 },
      statusChanges: [],
      recommendations,
      view: fx.view,
      previousView: fx.view,
    });
    const blocks = JSON.stringify(digestBlocks(d));
    expect(blocks).not.toContain('<!channel>');
    expect(blocks).toContain('R&D &lt;!channel&gt;'); // a bare & forms nothing in Slack and stays as typed
    expect(digestMrkdwn(d)).toContain('R&D &lt;!channel&gt;'); // the posted text too
    expect(renderDigestText(d)).toContain('R&D <!channel>'); // the terminal shows it as typed
    expect(escapeMrkdwnKeepingAmpersands('a<b>&c &lt;')).toBe('a&lt;b&gt;&c &amp;lt;');
  });

  const long: Digest = {
    week: '2026-W49',
    period: { from: '2026-11-23', to: '2026-11-30' },
    empty: false,
    title: 'polderbot weekoverzicht 2026-W49',
    summary: 'Samenvatting.',
    sections: [{ id: 'questions', title: 'Vragen in Slack', lines: Array.from({ length: 60 }, (_, i) => `vraag ${i} ${'woord '.repeat(20)}`.trim()), data: { total: 60, answered: 0, top: [] } }],
    chart: { title: 'R&D-uitgaven in % van het bbp', alt: 'lijnen' },
  };

  it('splits a section longer than a section block allows instead of cutting it off', () => {
    const blocks = digestBlocks(long);
    const texts = blocks.filter((b) => b.type === 'section').map(textOf);
    expect(texts.length).toBeGreaterThan(2);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(3000);
    const all = texts.join('\n');
    for (let i = 0; i < 60; i++) expect(all).toContain(`• vraag ${i} `);
    expect(all).not.toContain('…');
  });

  it('keeps the chart line and the marker at the end, and names the chart file', () => {
    const m = digestMessage(long);
    const tail = JSON.stringify(m.blocks.slice(-2));
    expect(tail).toContain('Grafiek in de draad');
    expect(tail).toContain('polderbot-digest:2026-W49');
    expect(m.text).toContain('_polderbot-digest:2026-W49_');
    expect(m.chart).toEqual({ title: 'R&D-uitgaven in % van het bbp', alt: 'lijnen', filename: 'polderbot-2026-W49-rd.png' });
  });
});
