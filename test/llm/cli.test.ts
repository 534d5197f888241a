// `polderbot ask --json` as a child process in LLM mode, against the fake
// OpenAI-compatible server on loopback, over the real corpus and its index
// (the one the global setup built).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { repoIndexDir } from '../repo-index.ts';
import { citeFirstPassage, startFakeOpenAI, type FakeOpenAI } from './fake-openai.ts';

const BIN = join(PROJECT_ROOT, 'bin', 'polderbot.mjs');
const pages = readFileSync(join(PROJECT_ROOT, 'corpus', 'ser-briefadvies-25-04.txt'), 'utf8').split('\f');
/** letters and digits only: survives de-hyphenation and whitespace cleaning */
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'polderbot-llm-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI asynchronously (the fake server lives in this process, so no spawnSync). */
function ask(baseURL: string, question: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return run(baseURL, ['ask', '--json', question]);
}

function run(baseURL: string, args: string[], input?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: PROJECT_ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: tmp,
        OPENAI_API_KEY: 'test',
        OPENAI_BASE_URL: baseURL,
        OPENAI_TIMEOUT_MS: '10000',
        POLDERBOT_INDEX_DIR: repoIndexDir(),
        POLDERBOT_DB: join(tmp, 'polderbot.db'),
        LOG_LEVEL: 'warn',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (input !== undefined) child.stdin.end(input);
  });
}

describe('polderbot ask --json in LLM mode (child process, fake OpenAI server)', () => {
  let fake: FakeOpenAI | undefined;
  afterAll(async () => fake?.close());

  it('answers with mode "llm" and citations with real pages', async () => {
    fake = await startFakeOpenAI({ chat: citeFirstPassage });
    const r = await ask(fake.url, 'Wat verstaat het advies onder kapitaalverdieping?');
    expect(r.code, r.stderr).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.mode).toBe('llm');
    expect(a.answered).toBe(true);
    expect(a.citations.length).toBeGreaterThan(0);
    for (const c of a.citations) {
      expect(c.doc).toBe('ser-briefadvies-25-04');
      expect(c.page).toBeGreaterThanOrEqual(1);
      expect(c.page).toBeLessThanOrEqual(pages.length);
      expect(squash(pages[c.page - 1])).toContain(squash(c.quote)); // the quote is on that page of the advisory
    }
    const chat = fake.requests.filter((q) => q.path.endsWith('/chat/completions'));
    expect(chat.length).toBe(1);
    expect(chat[0].headers.authorization).toBe('Bearer test');
    expect(chat[0].body.messages[1].content).toMatch(/<passages>\n\[1\] Samenwerken voor arbeidsproductiviteitsgroei/);
    expect(r.stdout + r.stderr).not.toMatch(/Bearer test/);
  }, 180_000);

  it('the terminal chat streams the checked answer, then prints its sources once', async () => {
    await fake?.close();
    fake = await startFakeOpenAI({ chat: citeFirstPassage });
    const r = await run(fake.url, [], 'Wat verstaat het advies onder kapitaalverdieping?\n');
    expect(r.code, r.stderr).toBe(0);
    const chat = fake.requests.filter((q) => q.path.endsWith('/chat/completions'));
    expect(chat).toHaveLength(1);
    expect(chat[0].body.stream).toBe(true);
    const answer = r.stdout.match(/Volgens het advies: "[^"]+" \[1\]/)?.[0];
    expect(answer, r.stdout).toBeTruthy();
    expect(r.stdout.split(answer!)).toHaveLength(2); // printed once, as it streamed
    expect(r.stdout.indexOf('Bronnen:')).toBeGreaterThan(r.stdout.indexOf(answer!));
    expect(r.stdout).not.toMatch(/vervangen door/);
  }, 180_000);

  it('falls back to mode "local" with a note when the server answers 500', async () => {
    await fake?.close();
    fake = await startFakeOpenAI({ chat: [{ status: 500, body: { error: { message: 'fake failure', type: 'server_error' } } }] });
    const r = await ask(fake.url, 'Wat verstaat het advies onder kapitaalverdieping?');
    expect(r.code, r.stderr).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.mode).toBe('local');
    expect(a.notes).toContain('LLM-antwoord niet beschikbaar; lokaal antwoord (HTTP 500 after 3 tries)');
    expect(a.answered).toBe(true);
    expect(fake.requests.filter((q) => q.path.endsWith('/chat/completions'))).toHaveLength(3);
  }, 180_000);
});
