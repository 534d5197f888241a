// The metrics catalogue as LangChain tools: one tool per indicator, its zod
// schema as the tool's input schema, returning the IndicatorResult as JSON.
// Here, not in metrics/, so the metrics module stays free of LangChain.
import { tool, type StructuredTool } from '@langchain/core/tools';
import { INDICATORS, MetricsInputError, runIndicatorSync, type RunOptions } from '../../metrics/index.ts';

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
            return JSON.stringify(rest);
          } catch (err) {
            if (err instanceof MetricsInputError) return JSON.stringify({ error: err.message });
            throw err;
          }
        },
        {
          name: toolName(def.id),
          description: `${def.title.en} (${def.title.nl}). ${def.description} Returns JSON {indicator, title, figures[{label, value, unit, period, country, source}], method, sources, summary}. Cite each figure's source.`,
          schema: def.schema,
        },
      ),
  );
}
