// `/digest preview`: this week's digest, ephemeral, as it would be posted now.
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../runtime.ts';
import { digestMessage } from '../../blocks/digest.ts';

export const DIGEST_COMMAND_USAGE = 'Gebruik: `/digest preview` toont het weekoverzicht zoals het nu gepost zou worden (alleen voor jou).';
const UNAVAILABLE = 'Het weekoverzicht is niet beschikbaar (geen database geladen). Meld dit aan de beheerder.';

export function registerDigestCommand(app: App, deps: ListenerDeps): void {
  app.command('/digest', async ({ command, ack, respond }) => {
    const words = (command.text ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length !== 1 || !['preview', 'voorbeeld'].includes(words[0])) {
      await ack({ response_type: 'ephemeral', text: DIGEST_COMMAND_USAGE });
      return;
    }
    const access = deps.digest;
    if (!access) {
      await ack({ response_type: 'ephemeral', text: UNAVAILABLE });
      return;
    }
    await ack({ response_type: 'ephemeral', text: 'Weekoverzicht wordt samengesteld…' });
    try {
      const { text, blocks } = digestMessage(await access.preview());
      await respond({ response_type: 'ephemeral', replace_original: true, text, blocks });
    } catch (err) {
      deps.logger.error({ surface: 'slash', command: '/digest', err: err instanceof Error ? err.message : String(err) }, 'digest preview failed');
      await respond({ response_type: 'ephemeral', replace_original: true, text: ':warning: Het weekoverzicht kon niet worden samengesteld. Probeer het opnieuw; blijft het misgaan, meld het aan de beheerder.' });
    }
  });
}
