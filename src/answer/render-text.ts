// The terminal's rendering of an Answer: the text, the numbered sources with
// their quotes, then figures with their sources. Pure.
import { figureIn } from '../metrics/localise.ts';
import type { Answer } from './types.ts';

function wrap(text: string, width: number, indent: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

function formatNumber(value: number, language: 'nl' | 'en'): string {
  return value.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 });
}

export function renderAnswerText(answer: Answer, width = 88): string {
  const nl = answer.language === 'nl';
  // the text's own line breaks (lists in indicator answers) are kept; each line is wrapped
  const out: string[] = [answer.text.split('\n').map((line) => (line.trim() ? wrap(line, width, line.match(/^\s*/)![0]) : '')).join('\n')];
  for (const note of answer.notes) out.push(`(${note})`);
  if (answer.citations.length) {
    out.push('', nl ? 'Bronnen:' : 'Sources:');
    for (const c of answer.citations) {
      const pages = c.pageEnd && c.pageEnd !== c.page ? `pp. ${c.page}-${c.pageEnd}` : `p. ${c.page}`;
      out.push(`[${c.n}] ${c.title}, ${pages}${c.section ? ` — ${c.section}` : ''}`);
      out.push(wrap(`“${c.quote}”`, width - 4, '    '));
      if (c.url) out.push(`    ${c.url}`);
    }
  }
  if (answer.figures.length) {
    // each source once, lettered, so a long list of figures stays readable
    const sources: string[] = [];
    const letterOf = (where: string) => {
      if (!sources.includes(where)) sources.push(where);
      return String.fromCharCode(97 + sources.indexOf(where));
    };
    out.push('', nl ? 'Cijfers:' : 'Figures:');
    for (const figure of answer.figures) {
      const f = figureIn(figure, nl ? 'nl' : 'en'); // label, unit and period in the reader's language; the data stay as computed
      const s = f.source;
      const where = s.doc
        ? `${s.dataset}, p. ${s.page ?? '?'}`
        : `${s.publisher}, ${s.dataset}${s.table ? ` (${s.table})` : ''}, ${nl ? 'opgehaald' : 'retrieved'} ${s.retrieved}${s.url ? `, ${s.url}` : ''}`;
      out.push(`- ${f.country}: ${f.label}: ${formatNumber(f.value, answer.language)} ${f.unit} (${f.period}) [${letterOf(where)}]`);
    }
    out.push(nl ? 'Bronnen van de cijfers:' : 'Sources of the figures:');
    sources.forEach((where, i) => out.push(wrap(`[${String.fromCharCode(97 + i)}] ${where}`, width - 4, '    ').replace(/^ {4}/, '')));
  }
  return out.join('\n');
}
