import { describe, expect, it } from 'vitest';
import { configSecrets, createRedactor, REDACTED } from '../../src/answer/llm/redact.ts';
import { testConfig, TEST_KEY } from './helpers.ts';

describe('createRedactor', () => {
  it('removes configured secrets and secret-shaped tokens', () => {
    const redact = createRedactor(configSecrets(testConfig({ SLACK_BOT_TOKEN: 'xoxb-1111-2222-abcdefgh' })));
    const out = redact(`key ${TEST_KEY}, other sk-proj-abcdefghijklmnopqrstuv, slack xoxb-1111-2222-abcdefgh, Authorization: Bearer abc.def.ghijkl`);
    expect(out).not.toMatch(/sk-|xoxb|abc\.def/);
    expect(out.split(REDACTED)).toHaveLength(5);
  });

  it('redacts a short key only as a whole word', () => {
    const redact = createRedactor(['test']);
    expect(redact('de sleutel is test.')).toBe(`de sleutel is ${REDACTED}.`);
    expect(redact('een testdocument en een contest')).toBe('een testdocument en een contest');
  });

  it('leaves ordinary text alone', () => {
    expect(createRedactor([undefined, ''])('De SER pleit voor een beleidscyclus [1].')).toBe('De SER pleit voor een beleidscyclus [1].');
  });
});
