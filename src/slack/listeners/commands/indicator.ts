// `/indicator <id> [options]`: an ephemeral result with a "share in channel"
// button; `/indicator help` lists ids and usage from the zod schemas. Bad
// arguments get usage, not an exception.
import type { App, RespondArguments } from '@slack/bolt';
import type { ListenerDeps } from '../../runtime.ts';
import { parseIndicatorCommand } from '../../indicator-args.ts';
import { renderIndicator, renderIndicatorHelp, renderUsageError } from '../../blocks/indicator.ts';
import { errorText, rateLimitedText } from '../../blocks/notices.ts';
import { errMessage, userReason } from '../../answer-flow.ts';
import { randomUUID } from 'node:crypto';

const UNAVAILABLE = 'De indicatoren zijn op dit moment niet beschikbaar (de module is niet geladen). Meld dit aan de beheerder.';

export function registerIndicatorCommand(app: App, deps: ListenerDeps): void {
  app.command('/indicator', async ({ command, ack, respond }) => {
    await ack();
    const started = deps.runtime.now();
    const log = deps.logger.child({ surface: 'slash', command: '/indicator' });
    const reply = (msg: RespondArguments) => respond({ response_type: 'ephemeral', ...msg });
    try {
      const ind = deps.indicators;
      if (!ind) {
        await reply({ text: UNAVAILABLE });
        return;
      }
      const parsed = parseIndicatorCommand(command.text ?? '');
      if (parsed.kind === 'help') {
        const known = !!parsed.id && ind.list().some((i) => i.id === parsed.id);
        const msg = renderIndicatorHelp(ind.list(), known ? ind.help(parsed.id) : '');
        await reply(msg);
        log.info({ event: 'indicator_help', latencyMs: deps.runtime.now() - started }, 'indicator help');
        return;
      }
      if (parsed.kind === 'error') {
        await reply(renderUsageError(parsed.message, ind.help()));
        return;
      }
      const decision = deps.runtime.limiter.take(command.user_id);
      if (!decision.ok) {
        await reply({ text: rateLimitedText(decision.retryAfterSec, deps.config.rateLimitPerMinute) });
        return;
      }
      if (!ind.list().some((i) => i.id === parsed.id)) {
        const ids = ind.list().map((i) => i.id).join(', ');
        await reply(renderUsageError(`Onbekende indicator "${parsed.id}". Kies uit: ${ids}.`, ind.help()));
        return;
      }
      let result;
      try {
        result = await ind.run(parsed.id, parsed.params);
      } catch (err) {
        if (ind.isInputError(err)) {
          const plain = ind.explainInput?.(parsed.id, parsed.params) ?? errMessage(err);
          await reply(renderUsageError(plain, ind.help(parsed.id)));
          log.info({ event: 'indicator_bad_input', indicator: parsed.id }, 'bad indicator input');
          return;
        }
        throw err;
      }
      const [first, ...more] = renderIndicator(result, { share: { id: parsed.id, params: parsed.params } });
      await reply(first!);
      for (const m of more) await reply(m);
      log.info({ event: 'indicator', indicator: parsed.id, latencyMs: deps.runtime.now() - started }, 'indicator computed');
    } catch (err) {
      const ref = randomUUID().slice(0, 8);
      log.error({ event: 'failed', ref, err: errMessage(err), latencyMs: deps.runtime.now() - started }, 'indicator failed');
      await reply({ text: errorText(userReason(err), ref) }).catch((e) => log.error({ err: errMessage(e) }, 'could not report the failure'));
    }
  });
}
