// Aggregating the week's questions without names (pure).
import type { StoredQuestion } from '../store/index.ts';
import { redactSecrets } from '../privacy/secrets.ts';

/** Removes credentials (src/privacy/secrets.ts) and what could identify a person: Slack mentions, e-mail addresses, phone numbers. */
export function redact(text: string): string {
  return redactSecrets(text)
    .replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, '@iemand')
    .replace(/<#[A-Z0-9]+(\|[^>]*)?>/g, '#kanaal')
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[e-mail]')
    .replace(/\+?\d[\d\s-]{8,}\d/g, '[nummer]');
}

/** The grouping key of a question: redacted, lower-case, no accents, punctuation or extra spaces. */
export function questionKey(text: string): string {
  return redact(text.replace(/<[@#][A-Z0-9]+(\|[^>]*)?>/g, ' '))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&%\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface AskedQuestion {
  question: string; // the most common wording (redacted)
  count: number;
}

/** Groups questions by key, most asked first (ties: most recent first), at most `limit`. */
export function topQuestions(qs: StoredQuestion[], limit = 5): AskedQuestion[] {
  const groups = new Map<string, { count: number; last: number; forms: Map<string, number> }>();
  for (const q of qs) {
    const key = questionKey(q.text);
    if (!key) continue;
    const g = groups.get(key) ?? { count: 0, last: 0, forms: new Map<string, number>() };
    g.count++;
    g.last = Math.max(g.last, q.askedAt.getTime());
    const form = redact(q.text.trim().replace(/\s+/g, ' '));
    g.forms.set(form, (g.forms.get(form) ?? 0) + 1);
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || b.last - a.last)
    .slice(0, limit)
    .map((g) => ({ question: [...g.forms.entries()].sort((a, b) => b[1] - a[1])[0][0], count: g.count }));
}
