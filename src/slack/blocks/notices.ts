// Short messages to the asker: errors with what to do, rate limits, usage hints.
import { escapeMrkdwn, truncate } from './mrkdwn.ts';

import type { Lang } from './labels.ts';

export function errorText(reason: string, ref: string, lang: Lang = 'nl'): string {
  if (lang === 'en') {
    return (
      `:warning: I could not answer your question (${escapeMrkdwn(truncate(reason, 200))}). ` +
      `Try again in a minute; if it keeps failing, give reference \`${ref}\` to the administrator.`
    );
  }
  return (
    `:warning: Het lukte niet om je vraag te beantwoorden (${escapeMrkdwn(truncate(reason, 200))}). ` +
    `Probeer het over een minuut opnieuw; blijft het misgaan, meld dan referentie \`${ref}\` aan de beheerder.`
  );
}

export function rateLimitedText(retryAfterSec: number, perMinute: number, lang: Lang = 'nl'): string {
  if (lang === 'en') {
    return (
      `:hourglass: You are asking many questions in a short time (at most ${perMinute} a minute). ` +
      `Try again in ${retryAfterSec} second${retryAfterSec === 1 ? '' : 's'}.`
    );
  }
  return (
    `:hourglass: Je stelt veel vragen kort na elkaar (maximaal ${perMinute} per minuut). ` +
    `Probeer het over ${retryAfterSec} seconde${retryAfterSec === 1 ? '' : 'n'} opnieuw.`
  );
}

export function shuttingDownText(lang: Lang = 'nl'): string {
  return lang === 'en' ? ':zzz: polderbot is restarting. Ask your question again in a minute.' : SHUTTING_DOWN_TEXT;
}

export const EMPTY_QUESTION_TEXT =
  'Stel je vraag achter de vermelding, bijvoorbeeld: `@polderbot Wat adviseert de SER over de rol van de overheid?`';

/** An empty mention: Dutch, unless the rest of the message reads English. */
export function emptyQuestionText(_raw: string, lang: Lang = 'nl'): string {
  return lang === 'en' ? 'Put your question after the mention, for example: `@polderbot What does the SER advise on the role of government?`' : EMPTY_QUESTION_TEXT;
}

export const SHUTTING_DOWN_TEXT = ':zzz: polderbot start net opnieuw op. Stel je vraag over een minuut nog eens.';

export const EXPIRED_TEXT = 'Dit antwoord is niet meer beschikbaar om te delen. Stel de vraag opnieuw met `/vraag`.';

export const NOT_IN_CHANNEL_TEXT =
  'Ik kan hier niet posten: nodig me eerst uit in dit kanaal met `/invite @polderbot` en probeer het dan opnieuw.';

export const VRAAG_USAGE =
  'Gebruik: `/vraag <vraag>`, bijvoorbeeld `/vraag Welke aanbevelingen doet de SER aan sociale partners?`. Het antwoord zie alleen jij; met "Deel in kanaal" zet je het in het kanaal.';

export const THINKING_TEXT = ':hourglass_flowing_sand: Even zoeken in de stukken…';

export function questionTooLongText(chars: number, lang: Lang = 'nl'): string {
  if (lang === 'en') return `:scissors: Your question is too long (${chars.toLocaleString('en')} characters; the limit is 40,000). Please ask a shorter question.`;
  return `:scissors: Je vraag is te lang (${chars.toLocaleString('nl-NL')} tekens; het maximum is 40.000). Stel een kortere vraag.`;
}
