// The metrics catalogue as LangChain tools: one tool per indicator, its zod
// schema as the tool's input schema, returning the IndicatorResult as JSON for
// the model (its English texts; the catalogue messages behind them are left
// out) and the result itself as the tool's artifact, whose figures the answer
// shows (in Dutch too). Here, not in metrics/, so metrics stays free of LangChain.
import { tool, type StructuredTool } from '@langchain/core/tools';
import { INDICATORS, MetricsInputError, runIndicatorSync, type RunOptions } from '../../metrics/index.ts';
import { withoutMessages } from '../../metrics/localise.ts';

/** Tool name for an indicator id ("productivity-growth" → "indicator_productivity_growth"). */
export const toolName = (id: string) => `indicator_${id.replace(/-/g, '_')}`;

/** `opts.snapshotDir`: the configured snapshot (config.corpusDir/indicators). */
export function createIndicatorTools(opts: RunOptions = {}): StructuredTool[] {
  return INDICATORS.map(
    (def) =>
      tool(
        async (params: unknown) => {
          try {
            const r = runIndicatorSync(def.id, params, opts);
            const { chart: _chart, ...rest } = r;
            return [JSON.stringify(rest, withoutMessages), r];
          } catch (err) {
            if (err instanceof MetricsInputError) return [JSON.stringify({ error: err.message }), undefined];
            throw err;
          }
        },
        {
          responseFormat: 'content_and_artifact',
          name: toolName(def.id),
          description: `${def.title.en} (${def.title.nl}). ${def.description} Returns JSON {indicator, title, figures[{label, value, unit, period, country, source}], method, sources, summary}. Cite each figure's source.`,
          schema: def.schema,
        },
      ),
  );
}
