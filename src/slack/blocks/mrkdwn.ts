// Escaping for Slack mrkdwn: &, < and > are control characters there.
export function escapeMrkdwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A link `<url|label>`; the label cannot contain `|` or `>`. Plain label when no url. */
export function link(url: string | undefined, label: string): string {
  const safe = escapeMrkdwn(label).replace(/\|/g, '¦');
  if (!url || !/^https?:\/\//.test(url)) return safe;
  return `<${url.replace(/[<>|\s]/g, encodeURIComponent)}|${safe}>`;
}

export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
