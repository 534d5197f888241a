// Every listener, one line each.
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../runtime.ts';
import { registerAppHomeOpened } from './events/app-home-opened.ts';
import { registerAppMention } from './events/app-mention.ts';
import { registerDirectMessage } from './messages/direct-message.ts';
import { registerIndicatorCommand } from './commands/indicator.ts';
import { registerVraagCommand } from './commands/vraag.ts';
import { registerFeedbackActions } from './actions/feedback.ts';
import { registerShareActions } from './actions/share.ts';
import { registerSeriesAction } from './actions/series.ts';
import { registerAanbevelingCommand } from './commands/aanbeveling.ts';
import { registerDigestCommand } from './commands/digest.ts';

export function registerListeners(app: App, deps: ListenerDeps): void {
  registerAppHomeOpened(app, deps);
  registerAppMention(app, deps);
  registerDirectMessage(app, deps);
  registerIndicatorCommand(app, deps);
  registerVraagCommand(app, deps);
  registerFeedbackActions(app, deps);
  registerShareActions(app, deps);
  registerSeriesAction(app, deps);
  registerAanbevelingCommand(app, deps);
  registerDigestCommand(app, deps);
}
