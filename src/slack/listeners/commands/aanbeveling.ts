// `/aanbeveling lijst [actor|spoor|status]`, `/aanbeveling <id>`,
// `/aanbeveling <id> <status> [notitie]`: the recommendation tracker, answered
// ephemerally. Bad ids or statuses get the usage with the valid values.
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../../runtime.ts';
import { parseAanbeveling, runAanbeveling } from '../../../recommendations/command.ts';
import { TrackerInputError } from '../../../recommendations/tracker.ts';

const UNAVAILABLE = 'De aanbevelingentracker is niet geladen (geen database). Meld dit aan de beheerder.';

/** Who changed a status, as stored in the history (no @-mention, so digests ping nobody). */
export const slackWho = (userId: string, userName?: string): string => (userName ? `${userName} (slack ${userId})` : `slack ${userId}`);

export function registerAanbevelingCommand(app: App, deps: ListenerDeps): void {
  app.command('/aanbeveling', async ({ command, ack }) => {
    const tracker = deps.recommendations;
    if (!tracker) {
      await ack({ response_type: 'ephemeral', text: UNAVAILABLE });
      return;
    }
    const log = deps.logger.child({ surface: 'slash', command: '/aanbeveling' });
    try {
      const cmd = parseAanbeveling(command.text ?? '', tracker.recommendations.map((r) => r.id));
      const text = runAanbeveling(tracker, cmd, slackWho(command.user_id, command.user_name));
      await ack({ response_type: 'ephemeral', text });
      log.info({ event: 'aanbeveling', kind: cmd.kind }, 'aanbeveling');
    } catch (err) {
      if (err instanceof TrackerInputError) {
        await ack({ response_type: 'ephemeral', text: err.message });
        return;
      }
      log.error({ err: err instanceof Error ? err.message : String(err) }, 'aanbeveling failed');
      await ack({ response_type: 'ephemeral', text: ':warning: De status kon niet worden gelezen of opgeslagen. Probeer het opnieuw; blijft het misgaan, meld het aan de beheerder.' });
    }
  });
}
