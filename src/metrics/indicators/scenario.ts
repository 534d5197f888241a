// Level effect of extra growth of X percentage points a year for N years (e.g.
// the OECD estimate of +0.4 to 0.9 pp a year from AI), and years to close a gap.
import { z } from 'zod';
import { ADVISORY_AI } from '../advisory.ts';
import { compound, geometricGrowth, round, scenarioLevelEffect, yearsToCloseGap } from '../formulas.ts';
import { areaParam, countryParam, defineIndicator, fmt, nameOf, requireData, uniqueSources } from '../indicator.ts';
import { figureSource, seriesOf, type Snapshot } from '../snapshot.ts';
import type { Figure, FigureSource } from '../types.ts';
import { figure } from '../localise.ts';
import { msg, say } from '../messages.ts';
import { gdpPerHour } from './productivity-growth.ts';

const CALC: FigureSource = { dataset: 'polderbot scenario calculation', table: 'parameters as given', publisher: 'polderbot', url: '', retrieved: '' };

/** Bounds of a scenario, with the reason given when they are passed. */
export const MAX_EXTRA_PP = 3;
export const MAX_YEARS = 50;
const BOUND_REASON =
  `the advisory's AI estimate is +0.4 to +0.9 pp a year (p. 8) and Dutch productivity growth per hour has stayed within about -3 to +3 % a year since 1995; choose a value from -${MAX_EXTRA_PP} to +${MAX_EXTRA_PP}`;
/** "+0.4" / "-0.5": the extra growth as written in labels. */

const coverage = (snap: Snapshot) => {
  const areas = [...snap.productivity.byArea.keys()].filter((a) => gdpPerHour(snap, a).size > 10).sort();
  return { areas, from: 1, to: 100 };
};

export const scenario = defineIndicator({
  id: 'scenario',
  title: { nl: 'Scenario: extra productiviteitsgroei', en: 'Scenario: extra productivity growth' },
  description:
    'How much higher the productivity level is after N years when growth is X percentage points a year higher (e.g. the OECD estimate of +0.4 to 0.9 pp a year from AI, quoted on page 8 of the advisory): ((1+g+x)/(1+g))^N − 1, with g the recent growth of GDP per hour worked; and the years needed to close a level gap: ln(gap)/ln(1+x). Keywords: scenario, extra groei, procentpunt per jaar, AI, kunstmatige intelligentie, na 10 jaar, inhalen, achterstand inlopen.',
  schema: z.object({
    country: countryParam(),
    extraPp: z
      .array(
        z
          .number()
          .min(-MAX_EXTRA_PP, `extra growth below -${MAX_EXTRA_PP} pp a year is refused: ${BOUND_REASON}`)
          .max(MAX_EXTRA_PP, `extra growth above +${MAX_EXTRA_PP} pp a year is refused: ${BOUND_REASON}`),
      )
      .min(1)
      .max(6)
      .describe(`Extra growth in percentage points a year, one or more values between -${MAX_EXTRA_PP} and +${MAX_EXTRA_PP} (default 0.4 and 0.9, the OECD AI estimate); a negative value is slower growth`)
      .default([0.4, 0.9]),
    years: z
      .number()
      .int()
      .min(1, 'choose at least 1 year')
      .max(MAX_YEARS, `more than ${MAX_YEARS} years ahead is refused: compounding a fixed growth difference that long says nothing about an economy; choose 1 to ${MAX_YEARS}`)
      .describe(`Number of years, 1 to ${MAX_YEARS} (default 10)`)
      .default(10),
    base: z.number().min(-5, 'a baseline below -5 % a year is outside anything observed; choose -5 to 10').max(10, 'a baseline above 10 % a year is outside anything observed for an advanced economy; choose -5 to 10').describe('Baseline growth in % a year (-5 to 10); default the country\'s average growth of GDP per hour worked over the last 10 years of data').optional(),
    gap: z.number().min(0).max(500).describe('Level gap to close, in % (leader is gap % higher); optional').optional(),
    vs: areaParam('Area whose productivity level (OECD, per hour, current PPP) sets the gap to close, e.g. US; optional').optional(),
  }),
  coverage,
  compute(p, snap) {
    const cov = coverage(snap);
    let g = p.base;
    let baseSource: FigureSource = CALC;
    let basePeriod: string | ReturnType<typeof msg> = msg('period.assumed');
    if (g === undefined) {
      const s = gdpPerHour(snap, p.country);
      requireData(s.size > 10, `no GDP per hour worked series for ${p.country} to take the baseline growth from (give --base)`, 'scenario', cov);
      const last = Math.max(...s.keys());
      requireData(s.has(last - 10), `${p.country} lacks GDP per hour worked for ${last - 10}`, 'scenario', cov);
      g = geometricGrowth(s.get(last - 10)!, s.get(last)!, 10);
      const src = [figureSource(snap, 'wdi-gdp'), figureSource(snap, 'oecd-hours')];
      baseSource = { ...src[0], table: `${src[0].table} / ${src[1].table} (total hours)` };
      basePeriod = `${last - 10}-${last}`;
    }
    const yearsAhead = msg('period.years', { years: p.years });
    const figures: Figure[] = [
      figure(msg('label.scenario.baseline-growth'), round(g, 2), msg('unit.%-a-year'), basePeriod, p.country, baseSource),
      figure(msg('label.scenario.baseline-cumulative', { years: p.years }), round(compound(g, p.years), 2), msg('unit.%'), yearsAhead, p.country, baseSource),
    ];
    const basePeriodText = typeof basePeriod === 'string' ? basePeriod : say(basePeriod, 'en');
    const effects: { x: number; effect: number }[] = [];
    for (const x of p.extraPp) {
      const src = x === 0.4 ? ADVISORY_AI.low.source : x === 0.9 ? ADVISORY_AI.high.source : CALC;
      const effect = scenarioLevelEffect(g, x, p.years);
      effects.push({ x, effect });
      // slower growth gives a lower level: said as "lower", never "-4.9 % higher"
      figures.push(figure(msg('label.scenario.level-effect', { years: p.years, extra: x }), round(Math.abs(effect), 2), msg(effect < 0 ? 'unit.%-lower' : 'unit.%-higher'), yearsAhead, p.country, src));
      figures.push(figure(msg('label.scenario.cumulative', { years: p.years, growth: g + x }), round(compound(g + x, p.years), 2), msg('unit.%'), yearsAhead, p.country, src));
    }
    if (p.extraPp.includes(0.4) || p.extraPp.includes(0.9)) figures.push(ADVISORY_AI.low, ADVISORY_AI.high);

    let gapRatio: number | undefined = p.gap !== undefined ? 1 + p.gap / 100 : undefined;
    let gapText = '';
    let gapOf: { leader: string; area: string; year: number } | undefined;
    if (gapRatio === undefined && p.vs) {
      const col = 'gdp_per_hour_usd_ppp_current';
      const a = seriesOf(snap.levels, p.country, col);
      const b = seriesOf(snap.levels, p.vs === 'EA20' ? 'EA19' : p.vs, col);
      const years = [...a.keys()].filter((y) => b.has(y));
      requireData(years.length > 0, `no common productivity level year for ${p.country} and ${p.vs}`, 'scenario', { areas: [...snap.levels.byArea.keys()], from: 2013, to: 2022 });
      const y = Math.max(...years);
      gapRatio = b.get(y)! / a.get(y)!;
      gapOf = { leader: p.vs, area: p.country, year: y };
      figures.push(figure(msg('label.scenario.level-gap', { leader: p.vs, area: p.country }), round((gapRatio - 1) * 100, 1), msg('unit.%'), String(y), p.country, figureSource(snap, 'oecd-pdb')));
    }
    const closes: { x: number; years: number }[] = [];
    if (gapRatio !== undefined && gapRatio <= 1) {
      gapText = ` (no gap to close: ${nameOf(p.country, 'en')} is not behind${p.vs ? ` ${nameOf(p.vs, 'en')}` : ''})`;
      gapRatio = undefined;
    }
    if (gapRatio !== undefined) {
      for (const x of p.extraPp) {
        const n = yearsToCloseGap(gapRatio, x);
        closes.push({ x, years: n });
        figures.push(figure(msg('label.scenario.years-to-close', { gap: (gapRatio - 1) * 100, extra: x, ...(gapOf ?? {}) }), Number.isFinite(n) ? round(n, 1) : -1, msg(Number.isFinite(n) ? 'unit.years' : 'unit.never'), '', p.country, CALC));
      }
    }
    const list = (lang: 'nl' | 'en') =>
      effects
        .map((e) => {
          const sign = e.x < 0 ? '' : '+';
          return lang === 'nl'
            ? `${fmt(Math.abs(e.effect), 1, 'nl')} procent ${e.effect < 0 ? 'lager' : 'hoger'} bij ${sign}${fmt(e.x, 1, 'nl')} procentpunt groei per jaar`
            : `${fmt(Math.abs(e.effect), 1)} % ${e.effect < 0 ? 'lower' : 'higher'} with ${sign}${fmt(e.x, 1)} pp growth a year`;
        })
        .join(lang === 'nl' ? ' en ' : ' and ');
    const en = `After ${p.years} years the productivity level of ${nameOf(p.country, 'en')} is ${list('en')}, compared with the baseline of ${fmt(g)} % a year (${basePeriodText})` +
      (closes.length ? `; closing a ${fmt((gapRatio! - 1) * 100, 1)} % gap takes ${closes.map((c) => `${Number.isFinite(c.years) ? fmt(c.years, 1) : 'never'} years at +${c.x} pp`).join(', ')}` : gapText) + '.';
    const nl = `Na ${p.years} jaar ligt het productiviteitsniveau van ${nameOf(p.country, 'nl')} ${list('nl')}, vergeleken met de basisgroei van ${fmt(g, 2, 'nl')} procent per jaar (${basePeriodText})` +
      (closes.length ? `; een achterstand van ${fmt((gapRatio! - 1) * 100, 1, 'nl')} procent is ingelopen na ${closes.map((c) => `${Number.isFinite(c.years) ? fmt(c.years, 1, 'nl') : 'nooit'} jaar bij +${fmt(c.x, 1, 'nl')} procentpunt`).join(', ')}` : gapText ? ` (geen achterstand om in te lopen)` : '') + '.';
    const title = msg('title.scenario', { years: p.years });
    const method = msg('method.scenario', { growth: g, years: p.years });
    const chartTitle = msg('chart.scenario', { area: p.country, growth: g });
    return {
      indicator: 'scenario',
      title: say(title, 'en'),
      figures,
      method: say(method, 'en'),
      sources: uniqueSources(figures.map((f) => f.source)),
      summary: { nl, en },
      chart: {
        title: say(chartTitle, 'en'),
        unit: say(msg('unit.index'), 'en'),
        kind: 'line',
        xAxis: 'years-ahead',
        yZero: false,
        rules: [{ value: 100, kind: 'reference', label: { en: 'start = 100', nl: 'start = 100' } }],
        lines: [
          { country: say(msg('line.baseline'), 'en'), name: msg('line.baseline'), points: Array.from({ length: p.years + 1 }, (_, t) => ({ year: t, value: round(100 * Math.pow(1 + g! / 100, t), 2) })) },
          ...p.extraPp.map((x) => ({ country: say(msg('line.extra-pp', { extra: x }), 'en'), name: msg('line.extra-pp', { extra: x }), points: Array.from({ length: p.years + 1 }, (_, t) => ({ year: t, value: round(100 * Math.pow(1 + (g! + x) / 100, t), 2) })) })),
        ],
        source: [baseSource],
        msg: { title: chartTitle, unit: msg('unit.index') },
      },
      msg: { title, method },
    };
  },
});
