// The advisory's recommendations (corpus/recommendations.yml), validated once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

export const ACTORS = ['sociale-partners', 'kabinet'] as const;
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
};

const RecommendationSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
  actor: z.enum(ACTORS),
  track: z.enum(TRACKS),
  text: z.string().min(10),
  page: z.number().int().positive(),
  form: z.enum(['bullet', 'paragraph']).default('bullet'),
  keywords: z.array(z.string()).default([]),
});
const FileSchema = z.object({ recommendations: z.array(RecommendationSchema).min(1) });

export type Recommendation = z.infer<typeof RecommendationSchema>;

/** Parses the YAML text of recommendations.yml; throws naming the bad record. */
export function parseRecommendations(yamlText: string, origin = 'recommendations.yml'): Recommendation[] {
  const parsed = FileSchema.safeParse(parse(yamlText));
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
