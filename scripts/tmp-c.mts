import { composeAnswer } from '../src/answer/compose.ts';
import { buildTermStats } from '../src/answer/term-stats.ts';
const claim = 'Het eerder genoemde Letta-rapport signaleert dat slechts 17 procent van het industriële mkb naar andere EU-lidstaten exporteert.';
const text = `${claim} Draghi (2024) signaleert eveneens dat slechts een klein deel van het industriële mkb naar andere EU-lidstaten exporteert.`;
const ps = [{ doc: 'ser', title: 'SER', page: 6, section: 'Interne markt', text, score: 1, chunkId: 'c1' } as any];
for (const src of [false, true]) {
  const a = composeAnswer({ question: `Welk deel van het mkb exporteert naar andere EU-lidstaten? ${claim} volgens wie?`, language: 'nl', passages: ps, stats: buildTermStats(ps), pageText: () => text, docInfo: () => undefined as any,
    previousAnswer: `17 procent. Het advies zegt (p. 6): “${claim}” [1]`, read: { text: 'volgens wie?', asks: 'fact', asksList: false, asksQuantity: false, pointer: true, ...(src ? { asksSource: true } : {}) }, trace: (c) => console.log(c.slice(0, 3).map((x) => x.text.slice(0, 40) + ' ' + JSON.stringify(Object.fromEntries(Object.entries(x.features).filter(([, v]) => v))))) });
  console.log(src, a.citations[0]?.quote.slice(0, 80));
}
