// "Deel in kanaal": an ephemeral /vraag answer or /indicator result is posted
// in the channel. A shared indicator gets its chart uploaded in the thread.
import type { App, BlockButtonAction } from '@slack/bolt';
import { randomUUID } from 'node:crypto';
import type { ListenerDeps } from '../../runtime.ts';
import { ACTION_SHARE_ANSWER, ACTION_SHARE_INDICATOR } from '../../blocks/feedback.ts';
import { renderAnswer } from '../../blocks/answer.ts';
import { decodeShareValue, renderIndicator } from '../../blocks/indicator.ts';
import { escapeMrkdwn } from '../../blocks/mrkdwn.ts';
import { errorText, EXPIRED_TEXT, NOT_IN_CHANNEL_TEXT } from '../../blocks/notices.ts';
import { errMessage, userReason } from '../../answer-flow.ts';
import { chartIn } from '../../../metrics/localise.ts';
import { redactSecrets } from '../../../privacy/secrets.ts';
import { figureLines } from '../../blocks/figures.ts';
import { HEADLINE_MAX } from '../../blocks/headline.ts';
import { listSections, packMessages } from '../../blocks/message.ts';

export function registerShareActions(app: App, deps: ListenerDeps): void {
  app.action<BlockButtonAction>(ACTION_SHARE_ANSWER, async ({ ack, body, action, respond }) => {
    await ack();
    const log = deps.logger.child({ surface: 'action', action: ACTION_SHARE_ANSWER });
    const answer = deps.runtime.answers.get(action.value ?? '');
    if (!answer) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: EXPIRED_TEXT });
      return;
    }
    try {
      const en = answer.language === 'en';
      const preface = `${en ? 'Shared by' : 'Gedeeld door'} <@${body.user.id}> · ${en ? 'question' : 'vraag'}: ${escapeMrkdwn(redactSecrets(answer.question).slice(0, 300))}`;
      const messages = renderAnswer(answer, { answerId: action.value!, preface });
      for (const m of messages) {
        await respond({ response_type: 'in_channel', replace_original: false, text: m.text, blocks: m.blocks });
      }
      // then remove the private copy (a separate call: Slack ignores content sent with delete_original)
      await respond({ delete_original: true }).catch((e: unknown) => log.warn({ err: errMessage(e) }, 'could not remove the private copy'));
      log.info({ event: 'shared', answerId: action.value }, 'answer shared');
    } catch (err) {
      const ref = randomUUID().slice(0, 8);
      log.error({ event: 'failed', ref, err: errMessage(err) }, 'share failed');
      const lang = answer.language === 'en' ? 'en' : 'nl';
      await respond({ response_type: 'ephemeral', replace_original: false, text: errorText(userReason(err, lang), ref, lang) }).catch(() => {});
    }
  });

  app.action<BlockButtonAction>(ACTION_SHARE_INDICATOR, async ({ ack, body, action, respond, client }) => {
    await ack();
    const log = deps.logger.child({ surface: 'action', action: ACTION_SHARE_INDICATOR });
    const share = decodeShareValue(action.value ?? '');
    const channel = body.channel?.id ?? body.container?.channel_id;
    if (!share || !deps.indicators || !channel) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: 'Dit resultaat kan niet meer gedeeld worden; vraag het opnieuw op met `/indicator`.' });
      return;
    }
    try {
      const result = await deps.indicators.run(share.id, share.params);
      // the channel gets the headline figures; every figure follows in the thread, with the chart
      const messages = renderIndicator(result, { sharedBy: body.user.id, compact: true });
      let ts: string | undefined;
      for (const m of messages) {
        const res = await client.chat.postMessage({ channel, thread_ts: ts, text: m.text, blocks: m.blocks, unfurl_links: false });
        ts ??= res.ts;
      }
      if (ts && result.figures.length > HEADLINE_MAX) {
        const all = listSections('*Alle cijfers*', figureLines(result.figures, 'nl', result.figures.length));
        for (const m of packMessages(all, [], 'Alle cijfers', '(vervolg)')) await client.chat.postMessage({ channel, thread_ts: ts, text: m.text, blocks: m.blocks, unfurl_links: false });
      }
      if (result.chart && deps.indicators.renderChart && ts) {
        try {
          const png = await deps.indicators.renderChart(result.chart);
          await client.files.uploadV2({ channel_id: channel, thread_ts: ts, file: png, filename: `${share.id}.png`, title: chartIn(result.chart, 'nl').title });
        } catch (err) {
          log.warn({ event: 'chart_failed', err: errMessage(err) }, 'chart upload failed');
          await client.chat.postMessage({ channel, thread_ts: ts, text: ':warning: De grafiek kon niet worden geplaatst; de cijfers hierboven zijn wel volledig.' });
        }
      }
      await respond({ delete_original: true }).catch(() => {});
      log.info({ event: 'shared', indicator: share.id }, 'indicator shared');
    } catch (err) {
      const code = (err as { data?: { error?: string } }).data?.error;
      if (code === 'not_in_channel' || code === 'channel_not_found') {
        await respond({ response_type: 'ephemeral', replace_original: false, text: NOT_IN_CHANNEL_TEXT }).catch(() => {});
        return;
      }
      const ref = randomUUID().slice(0, 8);
      log.error({ event: 'failed', ref, err: errMessage(err) }, 'share failed');
      await respond({ response_type: 'ephemeral', replace_original: false, text: errorText(userReason(err), ref) }).catch(() => {});
    }
  });
}
