// `polderbot manifest [--http https://host]`: the Slack app manifest to paste
// at api.slack.com/apps → "From an app manifest", for Socket Mode or HTTP.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from './usage.ts';
import { ManifestUrlError, manifestYaml } from '../slack/manifest.ts';

const USAGE = `Usage: polderbot manifest [--http https://your-host]

Prints the Slack app manifest (YAML). Without --http: Socket Mode (no public
URL; serve with SLACK_APP_TOKEN). With --http: HTTP mode, every request URL
(events, interactivity, slash commands) set to https://your-host/slack/events.
Create the app at https://api.slack.com/apps → Create New App → From an app
manifest, and paste it. See README.md, section Slack.`;

export const MANIFEST_PATH = resolve(fileURLToPath(new URL('../../manifest.yml', import.meta.url)));

export async function runManifest(args: string[]): Promise<number> {
  let values: { http?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { http: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (err) {
    throw new UsageError(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    process.stdout.write(manifestYaml(MANIFEST_PATH, { http: values.http }));
    return 0;
  } catch (err) {
    if (err instanceof ManifestUrlError) throw new UsageError(`${err.message}\n\n${USAGE}`);
    throw err;
  }
}
