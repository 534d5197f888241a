// "Hele reeks en grafiek" under a thread-sized indicator answer: every figure
// of the answer with its source, and the yearly series as a chart, posted in
// the answer's thread (ephemerally, without a chart, under an ephemeral answer).
import type { App, BlockButtonAction } from '@slack/bolt';
import { randomUUID } from 'node:crypto';
import type { ListenerDeps } from '../../runtime.ts';
import { ACTION_SHOW_SERIES } from '../../blocks/feedback.ts';
import { figureLines } from '../../blocks/figures.ts';
import { seriesChart } from '../../blocks/headline.ts';
import { labels } from '../../blocks/labels.ts';
import { listSections, packMessages } from '../../blocks/message.ts';
import { errorText } from '../../blocks/notices.ts';
import { errMessage, userReason } from '../../answer-flow.ts';
import { chartIn } from '../../../metrics/localise.ts';

export function registerSeriesAction(app: App, deps: ListenerDeps): void {
  app.action<BlockButtonAction>(ACTION_SHOW_SERIES, async ({ ack, body, action, respond, client }) => {
    await ack();
    const log = deps.logger.child({ surface: 'action', action: ACTION_SHOW_SERIES });
    const answer = deps.runtime.answers.get(action.value ?? '');
    if (!answer) {
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: 'Deze reeks is niet meer beschikbaar; stel de vraag opnieuw. / This series is no longer available; ask again.',
      });
      return;
    }
    const lang = answer.language;
    const L = labels(lang);
    const title = lang === 'en' ? `*All figures* for: ${answer.question}` : `*Alle cijfers* bij: ${answer.question}`;
    const messages = packMessages(listSections(title, figureLines(answer.figures, lang, 500)), [], title.replace(/\*/g, ''), L.continued);
    const container = body.container as { channel_id?: string; is_ephemeral?: boolean; thread_ts?: string; message_ts?: string } | undefined;
    const channel = body.channel?.id ?? container?.channel_id;
    const message = body.message as { ts?: string; thread_ts?: string } | undefined;
    const threadTs = message?.thread_ts ?? container?.thread_ts ?? message?.ts ?? container?.message_ts;
    try {
      if (container?.is_ephemeral || !channel || !threadTs) {
        for (const m of messages) await respond({ response_type: 'ephemeral', replace_original: false, text: m.text, blocks: m.blocks });
        return;
      }
      for (const m of messages) await client.chat.postMessage({ channel, thread_ts: threadTs, text: m.text, blocks: m.blocks, unfurl_links: false });
      const chart = seriesChart(answer.figures);
      if (chart && deps.indicators?.renderChart) {
        try {
          const png = await deps.indicators.renderChart(chart, lang);
          const chartTitle = chartIn(chart, lang).title;
          await client.files.uploadV2({ channel_id: channel, thread_ts: threadTs, file: png, filename: 'reeks.png', title: chartTitle });
        } catch (err) {
          log.warn({ event: 'chart_failed', err: errMessage(err) }, 'chart upload failed');
          await client.chat.postMessage({
            channel,
            thread_ts: threadTs,
            text: lang === 'en' ? ':warning: The chart could not be posted; the figures above are complete.' : ':warning: De grafiek kon niet worden geplaatst; de cijfers hierboven zijn wel volledig.',
          });
        }
      }
      log.info({ event: 'series_shown', figures: answer.figures.length }, 'full series shown');
    } catch (err) {
      const ref = randomUUID().slice(0, 8);
      log.error({ event: 'failed', ref, err: errMessage(err) }, 'showing the series failed');
      await respond({ response_type: 'ephemeral', replace_original: false, text: errorText(userReason(err, lang), ref, lang) }).catch(() => {});
    }
  });
}
