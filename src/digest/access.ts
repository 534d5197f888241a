// What `polderbot serve` hands the Slack layer for /digest (SlackDeps.digest),
// built from config + store: the digest's content, which Slack renders
// (src/slack/blocks/digest.ts). The tracker behind /aanbeveling is recommendations/.
import type { Config } from '../config.ts';
import type { Store } from '../store/index.ts';
import { buildDigest } from './post.ts';
import { loadRecommendations, type Recommendation } from '../recommendations/catalogue.ts';
import type { Digest } from './compose.ts';
import { defaultContextProvider } from './context.ts';
import { defaultViewProvider, type ViewProvider } from './sources.ts';

export interface DigestAccess {
  /** this week's digest as it would be posted now (nothing is saved) */
  preview(): Promise<Digest>;
}

export function createDigestAccess(
  config: Pick<Config, 'corpusDir' | 'indexDir' | 'digest'> & Partial<Pick<Config, 'dbPath'>>,
  store: Store,
  opts: { recommendations?: readonly Recommendation[]; view?: ViewProvider } = {},
): DigestAccess {
  const view = opts.view ?? defaultViewProvider(config);
  return {
    async preview() {
      const recommendations = opts.recommendations ?? loadRecommendations(config.corpusDir);
      const context = config.dbPath ? defaultContextProvider({ corpusDir: config.corpusDir, dbPath: config.dbPath }) : undefined;
      const { digest } = await buildDigest({ store, recommendations, view, channel: config.digest.channel ?? '', ...(context ? { context } : {}) });
      return digest;
    },
  };
}
