// The advisory's recommendations (corpus/recommendations.yml), validated once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseYaml } from '../corpus/yaml.ts';

/** Who a recommendation is addressed to (`actor`) or involves (`actors`), as the advisory names them. */
export const ACTORS = ['sociale-partners', 'kabinet', 'ser', 'cpb', 'tweede-kamer', 'sectoren'] as const;
export const TRACKS = ['kwaliteit-van-werk', 'vernieuwend-ondernemerschap', 'beleidscyclus'] as const;
export type Actor = (typeof ACTORS)[number];
export type Track = (typeof TRACKS)[number];

export const ADVISORY_DOC = 'ser-briefadvies-25-04';
export const ADVISORY_TITLE = 'Samenwerken voor arbeidsproductiviteitsgroei (SER Briefadvies 25/04)';

export const TRACK_LABELS: Record<Track, string> = {
  'kwaliteit-van-werk': 'Groei arbeidsproductiviteit via kwaliteit van werk en slimmer werken',
  'vernieuwend-ondernemerschap': 'Groei arbeidsproductiviteit via vernieuwend ondernemerschap',
  beleidscyclus: 'Veranker productiviteitsgroei in de jaarlijkse beleidscyclus',
};
export const ACTOR_LABELS: Record<Actor, { nl: string; en: string }> = {
  'sociale-partners': { nl: 'sociale partners', en: 'the social partners' },
  kabinet: { nl: 'kabinet', en: 'the cabinet' },
  ser: { nl: 'SER', en: 'the SER' },
  cpb: { nl: 'CPB (als NPB)', en: 'the CPB (as NPB)' },
  'tweede-kamer': { nl: 'Tweede Kamer', en: 'the House of Representatives' },
  sectoren: { nl: 'private en publieke sectoren', en: 'private and public sectors' },
};

/** The advisory's date: the start of its own cycle ("jaarlijks", "op korte termijn"). */
export const ADVISORY_DATE = '2025-06-01';

const RecommendationSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
  /** the addressee (lead); `actors` lists everyone the text involves, the addressee first */
  actor: z.enum(ACTORS),
  actors: z.array(z.enum(ACTORS)).min(1).optional(),
  track: z.enum(TRACKS),
  text: z.string().min(10),
  page: z.number().int().positive(),
  /** the heading it stands under in the advisory ("Bijdrage van sociale partners"), named with its quote */
  heading: z.string().min(3).optional(),
  form: z.enum(['bullet', 'paragraph']).default('bullet'),
  keywords: z.array(z.string()).default([]),
  /** when the advisory's own cycle expects it (YYYY-MM-DD), and why (the words of the text) */
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').optional(),
  dueNote: z.string().optional(),
}).transform((r) => ({ ...r, actors: r.actors ? [r.actor, ...r.actors.filter((a) => a !== r.actor)] : [r.actor] }));
const FileSchema = z.object({ recommendations: z.array(RecommendationSchema).min(1) });

export type Recommendation = z.output<typeof RecommendationSchema>;

/** Parses the YAML text of recommendations.yml; throws naming the bad record. */
export function parseRecommendations(yamlText: string, origin = 'recommendations.yml'): Recommendation[] {
  const parsed = FileSchema.safeParse(parseYaml(yamlText));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`${origin} is invalid:\n${lines.join('\n')}`);
  }
  const seen = new Set<string>();
  for (const r of parsed.data.recommendations) {
    if (seen.has(r.id)) throw new Error(`${origin}: duplicate id "${r.id}"`);
    seen.add(r.id);
  }
  return parsed.data.recommendations;
}

const cache = new Map<string, Recommendation[]>();
/** Loads <corpusDir>/recommendations.yml (cached per path). */
export function loadRecommendations(corpusDir: string): Recommendation[] {
  const path = join(corpusDir, 'recommendations.yml');
  let recs = cache.get(path);
  if (!recs) {
    recs = parseRecommendations(readFileSync(path, 'utf8'), path);
    cache.set(path, recs);
  }
  return recs;
}
