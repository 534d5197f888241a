// The metrics catalogue as LangChain tools (src/answer/llm/indicator-tools.ts).
import { describe, expect, it } from 'vitest';
import { ToolMessage } from '@langchain/core/messages';
import { createIndicatorTools, toolName } from '../../src/answer/llm/indicator-tools.ts';
import { figuresFromToolOutput } from '../../src/answer/llm/tools.ts';
import { figureIn } from '../../src/metrics/localise.ts';

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
  it('the model reads the English texts; the answer gets the figures with their catalogue messages (Dutch too)', async () => {
    const t = tools.find((x) => x.name === 'indicator_rd_intensity')!;
    const out = await t.invoke({ id: 'call_1', name: t.name, args: { country: 'NL' }, type: 'tool_call' });
    expect(out).toBeInstanceOf(ToolMessage);
    const content = String((out as ToolMessage).content);
    expect(content).not.toContain('"msg"');
    expect(JSON.parse(content).figures[0].label).toBe('R&D expenditure (GERD), % of GDP');
    const figures = figuresFromToolOutput(content, (out as ToolMessage).artifact);
    expect(figures[0]!.msg?.label.id).toBe('label.rd');
    expect(figureIn(figures[0]!, 'nl')).toMatchObject({ label: 'R&D-uitgaven (GERD) in % van het bbp', unit: '% van het bbp' });
  });
});
