// Short messages to the asker: errors with what to do, rate limits, usage hints.
import { escapeMrkdwn, truncate } from './mrkdwn.ts';

export function errorText(reason: string, ref: string): string {
  return (
    `:warning: Het lukte niet om je vraag te beantwoorden (${escapeMrkdwn(truncate(reason, 200))}). ` +
    `Probeer het over een minuut opnieuw; blijft het misgaan, meld dan referentie \`${ref}\` aan de beheerder.`
  );
}

export function rateLimitedText(retryAfterSec: number, perMinute: number): string {
  return (
    `:hourglass: Je stelt veel vragen kort na elkaar (maximaal ${perMinute} per minuut). ` +
    `Probeer het over ${retryAfterSec} seconde${retryAfterSec === 1 ? '' : 'n'} opnieuw.`
  );
}

export const EMPTY_QUESTION_TEXT =
  'Stel je vraag achter de vermelding, bijvoorbeeld: `@polderbot Wat adviseert de SER over de rol van de overheid?`';

export const SHUTTING_DOWN_TEXT = ':zzz: polderbot start net opnieuw op. Stel je vraag over een minuut nog eens.';

export const EXPIRED_TEXT = 'Dit antwoord is niet meer beschikbaar om te delen. Stel de vraag opnieuw met `/vraag`.';

export const NOT_IN_CHANNEL_TEXT =
  'Ik kan hier niet posten: nodig me eerst uit in dit kanaal met `/invite @polderbot` en probeer het dan opnieuw.';

export const VRAAG_USAGE =
  'Gebruik: `/vraag <vraag>`, bijvoorbeeld `/vraag Welke aanbevelingen doet de SER aan sociale partners?`. Het antwoord zie alleen jij; met "Deel in kanaal" zet je het in het kanaal.';

export const THINKING_TEXT = ':hourglass_flowing_sand: Even zoeken in de stukken…';

export function questionTooLongText(chars: number): string {
  return `:scissors: Je vraag is te lang (${chars.toLocaleString('nl-NL')} tekens; het maximum is 40.000). Stel een kortere vraag.`;
}
