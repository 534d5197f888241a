// Every listener, one line each. The Assistant goes first: it is a global
// middleware that takes assistant-thread messages before the DM listener.
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../runtime.ts';
import { registerAssistant } from './assistant/assistant.ts';
import { registerAppMention } from './events/app-mention.ts';
import { registerDirectMessage } from './messages/direct-message.ts';
import { registerIndicatorCommand } from './commands/indicator.ts';
import { registerVraagCommand } from './commands/vraag.ts';
import { registerFeedbackActions } from './actions/feedback.ts';
import { registerShareActions } from './actions/share.ts';
import { registerAanbevelingCommand } from './commands/aanbeveling.ts';
import { registerDigestCommand } from './commands/digest.ts';

export function registerListeners(app: App, deps: ListenerDeps): void {
  registerAssistant(app, deps);
  registerAppMention(app, deps);
  registerDirectMessage(app, deps);
  registerIndicatorCommand(app, deps);
  registerVraagCommand(app, deps);
  registerFeedbackActions(app, deps);
  registerShareActions(app, deps);
  registerAanbevelingCommand(app, deps);
  registerDigestCommand(app, deps);
}
