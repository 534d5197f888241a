// The metrics catalogue as LangChain tools (src/answer/llm/indicator-tools.ts).
import { describe, expect, it } from 'vitest';
import { createIndicatorTools, toolName } from '../../src/answer/llm/indicator-tools.ts';

describe('LangChain tools', () => {
  const tools = createIndicatorTools();
  it('one tool per indicator, with the zod schema', () => {
    expect(tools.map((t) => t.name)).toEqual(['productivity-growth', 'productivity-level', 'growth-accounting', 'wages-vs-productivity', 'rd-intensity', 'scenario', 'hours-and-employment'].map(toolName));
    for (const t of tools) expect(t.description).toMatch(/Keywords:/);
  });
  it('callable with schema-validated args', async () => {
    const t = tools.find((x) => x.name === 'indicator_productivity_growth')!;
    const out = JSON.parse(await t.invoke({ country: 'Nederland', vs: ['EU'], from: 2014, to: 2024 }));
    expect(out.figures.find((f: { country: string }) => f.country === 'NL').value).toBeCloseTo(0.24, 2);
    const s = tools.find((x) => x.name === 'indicator_scenario')!;
    expect(JSON.parse(await s.invoke({ extraPp: [0.4], years: 10, base: 0 })).figures[2].value).toBeCloseTo((1.004 ** 10 - 1) * 100, 2);
  });
  it('bad args are rejected', async () => {
    const t = tools.find((x) => x.name === 'indicator_growth_accounting')!;
    await expect(t.invoke({ country: 5 } as never)).rejects.toThrow(/schema/);
    await expect(t.invoke({ country: 'Atlantis' })).rejects.toThrow(/unknown area/);
    const out = JSON.parse(await t.invoke({ country: 'NL', from: 2015, to: 2023 }));
    expect(out.error).toMatch(/lacks PWT data for 2020/);
  });
});
