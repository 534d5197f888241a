// A 👎 keeps the answer given and the reason; `negativeFeedback` reads them
// back for `polderbot feedback export`, which turns them into eval lines.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/index.ts';
import { feedbackToEvalLines } from '../../src/cli/feedback.ts';
import { storeConfig, tempDb } from './helpers.ts';

const answer = { language: 'nl' as const, text: 'In Nederland 0,24 procent [1].', answered: true, mode: 'local', citations: [{ doc: 'ser-briefadvies-25-04', page: 4 }], figures: 3, earlier: ['Hoe groeide de productiviteit?'] };

describe('feedback with a reason', () => {
  const t = tempDb();
  afterEach(() => t.cleanup());

  it('stores the answer with a 👎 and the reason after it; a later 👍 clears the reason', () => {
    const store = openStore(storeConfig(t.path));
    const at = new Date('2026-11-29T10:00:00Z');
    store.recordFeedback({ answerId: 'a1', value: 'down', userHash: 'h1', at, question: 'en in de VS?', answer });
    expect(store.setFeedbackReason('a1', 'h1', 'incomplete: Onvolledig')).toBe(true);
    expect(store.setFeedbackReason('a1', 'other-user', 'x')).toBe(false);
    store.recordFeedback({ answerId: 'a2', value: 'up', userHash: 'h1', at, question: 'Wat adviseert de SER?' });
    expect(store.setFeedbackReason('a2', 'h1', 'x')).toBe(false); // only a 👎 has a reason
    const rows = store.negativeFeedback();
    expect(rows).toEqual([{ answerId: 'a1', at, question: 'en in de VS?', answer, reason: 'incomplete: Onvolledig' }]);
    store.recordFeedback({ answerId: 'a1', value: 'up', userHash: 'h1', at });
    expect(store.negativeFeedback()).toEqual([]);
    store.close();
  });

  it('keeps neither question nor answer when questions are not logged', () => {
    const store = openStore(storeConfig(t.path, { logQuestions: false }));
    store.recordFeedback({ answerId: 'a1', value: 'down', userHash: 'h1', at: new Date(), question: 'q', answer });
    store.close();
    const db = new Database(t.path, { readonly: true });
    expect(db.prepare('SELECT question, answer FROM feedback').get()).toEqual({ question: null, answer: null });
    db.close();
  });

  it('becomes eval question lines: the conversation first, pages and must left for a person', () => {
    const lines = feedbackToEvalLines([{ answerId: 'abcdef123456', at: new Date('2026-11-29T10:00:00Z'), question: 'en in de VS?', answer, reason: 'incomplete: Onvolledig' }]);
    expect(lines).toEqual([
      { id: 'fb-20261129-abcdef12-t1', lang: 'nl', kind: 'fact', q: 'Hoe groeide de productiviteit?', pages: [], must: [], thread: 'fb-20261129-abcdef12' },
      {
        id: 'fb-20261129-abcdef12',
        lang: 'nl',
        kind: 'numeric',
        q: 'en in de VS?',
        pages: [],
        must: [],
        numbers: [],
        thread: 'fb-20261129-abcdef12',
        feedback: {
          at: '2026-11-29T10:00:00.000Z',
          reason: 'incomplete: Onvolledig',
          answer_given: 'In Nederland 0,24 procent [1].',
          answered: true,
          cited: ['ser-briefadvies-25-04 p. 4'],
          todo: expect.stringContaining('pages'),
        },
      },
    ]);
  });
});
