// Secrets never leave the process: every text the LLM path produces (answer,
// notes, log lines) passes through a redactor holding the configured secrets.
import type { Config } from '../../config.ts';
import { escapeRegExp } from '../../regexp.ts';

export const REDACTED = '[verborgen]';

/** Token shapes that are secrets whatever their value (OpenAI, Slack, bearer headers). */
const SECRET_SHAPES: RegExp[] = [
  /\bsk-[A-Za-z0-9_-]{16,}/g,
  /\bxox[abpors]-[A-Za-z0-9-]{8,}/g,
  /\bxapp-[A-Za-z0-9-]{8,}/g,
  /\bBearer\s+[A-Za-z0-9._~+/=-]{8,}/g,
];

export type Redactor = (text: string) => string;

/**
 * A redactor for the given secret values: long ones are removed wherever they
 * occur, short ones (under 8 characters, e.g. a test key) only as whole words.
 */
export function createRedactor(secrets: (string | undefined)[]): Redactor {
  const patterns = secrets
    .filter((s): s is string => typeof s === 'string' && s.trim().length >= 3)
    .sort((a, b) => b.length - a.length)
    .map((s) => (s.length >= 8 ? new RegExp(escapeRegExp(s), 'g') : new RegExp(`(?<![\\p{L}\\p{N}_-])${escapeRegExp(s)}(?![\\p{L}\\p{N}_-])`, 'gu')));
  return (text: string) => {
    let out = text;
    for (const p of patterns) out = out.replace(p, REDACTED);
    for (const p of SECRET_SHAPES) out = out.replace(p, REDACTED);
    return out;
  };
}

/** The secrets of a configuration: API key and Slack credentials. */
export function configSecrets(config: Config): (string | undefined)[] {
  return [config.openai.apiKey, config.slack.botToken, config.slack.appToken, config.slack.signingSecret];
}
