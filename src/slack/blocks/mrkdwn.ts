// Escaping for Slack mrkdwn: &, < and > are control characters there.
const escapeWith = (amp: RegExp) => (s: string): string => s.replace(amp, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Every &, < and > escaped. */
export const escapeMrkdwn: (s: string) => string = escapeWith(/&/g);

/**
 * User text (questions, notes) that cannot form links or mentions, with a bare
 * & left as typed: < and > always, & only where it would start an entity
 * ("R&D" stays, "&lt;" does not become "<"). Slack shows both the same; this
 * one keeps the text readable where it is also printed (`digest --preview`).
 */
export const escapeMrkdwnKeepingAmpersands: (s: string) => string = escapeWith(/&(?=#?\w+;)/g);

/** A link `<url|label>`; the label cannot contain `|` or `>`. Plain label when no url. */
export function link(url: string | undefined, label: string): string {
  const safe = escapeMrkdwn(label).replace(/\|/g, '¦');
  if (!url || !/^https?:\/\//.test(url)) return safe;
  return `<${url.replace(/[<>|\s]/g, encodeURIComponent)}|${safe}>`;
}

export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
