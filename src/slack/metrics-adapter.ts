// Adapts the metrics module (src/metrics) to the IndicatorAccess the Slack
// listeners use: Dutch titles, usage text phrased for the slash command, and
// charts loaded only when a chart is actually drawn (vega is heavy).
import { indicatorHelp, listIndicators, MetricsInputError, runIndicator } from '../metrics/index.ts';
import type { IndicatorAccess } from './deps.ts';
import { explainIndicatorInput } from './input-errors.ts';
import { indicatorListNl, usageNl } from './usage-nl.ts';

/** CLI usage → slash-command usage ("polderbot indicator x --json" → "/indicator x"). */
export function slashUsage(text: string): string {
  return text
    .replace(/polderbot indicator/g, '/indicator')
    .replace(/\s*\[--json\]/g, '')
    .replace(/\s*\[--chart [^\]]*\]/g, '')
    .replace(/\s*\[--lang [^\]]*\]/g, '')
    .replace(/; --help after an id for its options/, '; `/indicator help <id>` for its options');
}

export function metricsIndicatorAccess(): IndicatorAccess {
  return {
    list: () => listIndicators().map((i) => ({ id: i.id, title: i.title.nl || i.title.en })),
    run: (id, params) => runIndicator(id, params),
    // Slack's interface is Dutch: the usage from the schemas, explained in Dutch
    help: (id) => {
      const list = listIndicators().map((i) => ({ id: i.id, title: i.title.nl || i.title.en }));
      const known = id !== undefined && list.find((i) => i.id === id);
      if (!known) return indicatorListNl(list);
      return usageNl(known.id, slashUsage(indicatorHelp(known.id)), known.title);
    },
    isInputError: (err) => err instanceof MetricsInputError,
    explainInput: (id, params, lang) => explainIndicatorInput(id, params, lang),
    renderChart: async (series, lang = 'nl') => (await import('../metrics/chart.ts')).renderChartPng(series, lang),
  };
}
