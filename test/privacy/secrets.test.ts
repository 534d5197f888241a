// Credentials typed into a question are hidden before the question is kept,
// logged or republished; ordinary questions are left as they are.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { containsSecret, redactSecrets, SECRET_PLACEHOLDER } from '../../src/privacy/secrets.ts';
import { openStore } from '../../src/store/index.ts';
import { topQuestions } from '../../src/digest/questions.ts';
import { maskTokens } from '../../src/slack/logger.ts';
import { storeConfig, tempDb } from '../store/helpers.ts';

// built from parts so no scanner mistakes this file for a leak
const j = (...p: string[]) => p.join('');
export const SAMPLES: Record<string, string> = {
  slackBot: j('xoxb-', '1234567890123-1234567890123-', 'AbCdEfGhIjKlMnOpQrStUvWx'),
  slackUser: j('xoxp-', '1234567890-1234567890-1234567890-', 'abcdef0123456789abcdef0123456789'),
  slackApp: j('xapp-', '1-A0123456789-1234567890123-', 'abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789'),
  slackWebhook: j('https://hooks.slack.com/services/', 'T00000000/B00000000/', 'XXXXXXXXXXXXXXXXXXXXXXXX'),
  openai: j('sk-', 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKL'),
  openaiProject: j('sk-proj-', 'Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4fGh7jKl0nOp3rSt6vWx9zAb2dEf5hIj8lMn1pQr4tUv7xYz0b'),
  anthropic: j('sk-ant-api03-', 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_abcdefghijklmnop'),
  awsKeyId: j('AKIA', 'IOSFODNN7EXAMPLE'),
  awsSecret: j('aws_secret_access_key = ', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'),
  githubPat: j('ghp_', 'abcdefghijklmnopqrstuvwxyz0123456789'),
  githubFine: j('github_pat_', '11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTU'),
  gitlab: j('glpat-', 'abcdefghij0123456789'),
  google: j('AIza', 'SyA1234567890abcdefghijklmnopqrstuv'),
  stripe: j('sk_live_', '4eC39HqLyjWDarjtT1zdp7dc'),
  npm: j('npm_', 'abcdefghijklmnopqrstuvwxyz0123456789'),
  jwt: j('eyJhbGciOiJIUzI1NiJ9', '.eyJzdWIiOiIxMjM0NTY3ODkwIn0', '.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'),
  bearer: j('Authorization: Bearer ', 'abc123def456ghi789jkl'),
  urlPassword: j('postgres://admin:', 'S3cr3tP4ss', '@db.example.org:5432/prod'),
  pem: j('-----BEGIN RSA ', 'PRIVATE KEY-----\nMIIEpAIBAAKCAQEA1234567890abcdef\nZZZZ+/==\n-----END RSA ', 'PRIVATE KEY-----'),
  password: j('wachtwoord: ', 'Zomer2026!'),
};

// the part of each sample that must disappear
const SECRET_PART: Record<string, string> = {
  awsSecret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  bearer: 'abc123def456ghi789jkl',
  urlPassword: 'S3cr3tP4ss',
  pem: 'MIIEpAIBAAKCAQEA1234567890abcdef',
  password: 'Zomer2026!',
};

describe('redactSecrets', () => {
  for (const [kind, sample] of Object.entries(SAMPLES)) {
    it(`hides a ${kind}`, () => {
      const q = `Waarom werkt ${sample} niet in de koppeling?`;
      const out = redactSecrets(q);
      expect(out).not.toContain(SECRET_PART[kind] ?? sample);
      expect(out).toContain(SECRET_PLACEHOLDER);
      expect(out.startsWith('Waarom werkt')).toBe(true);
      expect(containsSecret(q)).toBe(true);
    });
  }

  it('leaves ordinary questions alone', () => {
    const ordinary = [
      'Wat adviseert de SER over de productiviteitsgroei sinds 2014 (1,2% per jaar)?',
      'How far is R&D spending from the 3 % target, see https://www.ser.nl/nl/publicaties/productiviteit?',
      'Welke rol speelt task-based skill-mismatch en de risk-taking van mkb-bedrijven?',
      'Bel me op 06-12345678 of mail naar anna@example.org',
    ];
    for (const q of ordinary) {
      expect(redactSecrets(q)).toBe(q);
      expect(containsSecret(q)).toBe(false);
    }
  });

  it('keeps the user of a URL and the word before a password', () => {
    expect(redactSecrets(SAMPLES.urlPassword!)).toBe('postgres://admin:[verborgen]@db.example.org:5432/prod');
    expect(redactSecrets(SAMPLES.password!)).toBe('wachtwoord: [verborgen]');
  });

  it('redacts a 40,000-character question quickly enough to stay out of the way (liveness)', () => {
    const long = `${'productiviteit '.repeat(2600)}${SAMPLES.openai}`;
    expect(redactSecrets(long)).not.toContain(SAMPLES.openai);
  });

  it('is what the Slack log masking uses too', () => {
    expect(maskTokens(`token ${SAMPLES.githubPat} en ${SAMPLES.slackBot}`)).not.toMatch(/ghp_|AbCdEfGh/);
  });
});

describe('no secret in the database or the digest', () => {
  const t = tempDb();
  afterEach(() => t.cleanup());

  it('stores questions and feedback redacted, and the digest shows none (also for rows written before)', () => {
    const store = openStore(storeConfig(t.path));
    const now = new Date();
    for (const s of Object.values(SAMPLES)) {
      store.recordQuestion({ text: `Mijn sleutel ${s} werkt niet, wat nu?`, askedAt: now, answered: false, mode: 'local', surface: 'slack' });
    }
    store.recordFeedback({ answerId: 'a1', value: 'down', userHash: 'h', at: now, question: `Hoe gebruik ik ${SAMPLES.openaiProject}?` });
    store.close();
    // a row written by an older version, verbatim
    const raw = new Database(t.path);
    raw.prepare("INSERT INTO questions (text, asked_at, answered, mode, surface) VALUES (?, ?, 0, 'local', 'slack')").run(`Oud: ${SAMPLES.slackBot}`, now.getTime());
    const dump = JSON.stringify([raw.prepare("SELECT text FROM questions WHERE text NOT LIKE 'Oud:%'").all(), raw.prepare('SELECT question FROM feedback').all()]);
    raw.close();
    for (const [kind, s] of Object.entries(SAMPLES)) expect(dump, kind).not.toContain(SECRET_PART[kind] ?? s);

    const again = openStore(storeConfig(t.path));
    const qs = again.questionsBetween(new Date(now.getTime() - 1000), new Date(now.getTime() + 1000));
    again.close();
    const digest = JSON.stringify(topQuestions(qs, 100));
    for (const [kind, s] of Object.entries(SAMPLES)) expect(digest, kind).not.toContain(SECRET_PART[kind] ?? s);
    expect(digest).toContain('[verborgen]');
  });
});
