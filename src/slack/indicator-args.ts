// Parses the text of `/indicator <id> [options]` (pure). Options as
// `--country NL --vs EU27,US`, `--from=2014` or `from=2014`; a flag without a
// value is `true`. Validation of the values is the indicator schema's job.
export type IndicatorCommand =
  | { kind: 'help'; id?: string }
  | { kind: 'run'; id: string; params: Record<string, string | boolean> }
  | { kind: 'error'; message: string };

/** Splits on whitespace, keeping "quoted strings" together. Slack sends smart quotes too. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|“([^”]*)”|'([^']*)'|(\S+)/g;
  for (const m of text.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3] ?? m[4]!);
  return out;
}

/** kebab-case and snake_case keys become camelCase, the style of the schemas. */
export function camelKey(k: string): string {
  return k.replace(/[-_]+([a-z0-9])/gi, (_, c: string) => c.toUpperCase());
}

export function parseIndicatorCommand(text: string): IndicatorCommand {
  const tokens = tokenize(text.replace(/[\u2014\u2013]/g, '--').trim()); // Slack turns -- into — sometimes
  if (!tokens.length) return { kind: 'help' };
  const [first, ...rest] = tokens;
  if (['help', '--help', '-h', 'hulp', '?', 'list', '--list'].includes(first!.toLowerCase())) {
    return { kind: 'help', id: rest[0] };
  }
  if (first!.startsWith('-') || first!.includes('=')) {
    return { kind: 'error', message: `Begin met de naam van een indicator, niet met "${first}".` };
  }
  const params: Record<string, string | boolean> = {};
  for (let i = 0; i < rest.length; i++) {
    const tok = rest[i]!;
    let key: string;
    let value: string | boolean;
    if (tok.startsWith('--') || (tok.startsWith('-') && tok.length > 1 && !/^-\d/.test(tok))) {
      const body = tok.replace(/^--?/, '');
      const eq = body.indexOf('=');
      if (eq >= 0) {
        key = body.slice(0, eq);
        value = body.slice(eq + 1);
      } else {
        key = body;
        const next = rest[i + 1];
        if (next !== undefined && !next.startsWith('--') && !next.includes('=')) {
          value = next;
          i++;
        } else value = true;
      }
    } else if (tok.includes('=')) {
      const eq = tok.indexOf('=');
      key = tok.slice(0, eq);
      value = tok.slice(eq + 1);
    } else {
      return { kind: 'error', message: `Ik begrijp "${tok}" niet: geef opties als \`--naam waarde\` of \`naam=waarde\`.` };
    }
    if (!key) return { kind: 'error', message: `Lege optienaam in "${tok}".` };
    params[camelKey(key)] = value;
  }
  if (first!.toLowerCase() === 'help') return { kind: 'help' };
  return { kind: 'run', id: first!, params };
}
