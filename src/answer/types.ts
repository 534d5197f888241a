// The one object that crosses every boundary: Slack and the terminal are two
// renderers of it; neither knows how it was made.
import type { Figure } from '../metrics/types.ts';
import type { Question } from '../language/question.ts';
import type { Evidence } from './abstain.ts';
import type { RankCandidate } from './compose.ts';

export interface Citation {
  n: number; // the [n] marker used in the answer text
  doc: string;
  title: string;
  page: number;
  pageEnd?: number;
  section: string;
  quote: string; // verbatim text of the cited page (never model text)
  url?: string; // document URL from sources.yml, when known
}

export type AnswerMode = 'local' | 'llm';

export interface Answer {
  question: string;
  language: 'nl' | 'en';
  text: string; // the answer, with [n] markers
  answered: boolean; // false: the corpus has no answer (abstained)
  citations: Citation[];
  figures: Figure[];
  mode: AnswerMode;
  /** visible notes, e.g. "LLM unavailable, local answer" or "uncited answer" */
  notes: string[];
  latencyMs?: number;
  /** for logs: token usage in llm mode */
  usage?: { promptTokens: number; completionTokens: number };
  /** local mode: the composer's abstention evidence (scripts/fit-abstention.ts fits on it) */
  evidence?: Evidence;
  /** local mode: how the question was read (language, what it asks, actor, follow-up, corrections) */
  reading?: Question;
}

export interface Turn {
  role: 'user' | 'assistant';
  text: string;
}

/** A step of the work behind an answer, shown while it runs (Slack task updates, the terminal). */
export type AnswerStep = 'search' | 'indicator' | 'verify';

export interface AskOptions {
  /** earlier turns of the same thread, oldest first */
  history?: Turn[];
  signal?: AbortSignal;
  /** called when the answerer starts a step ("zoekt in het advies", "berekent indicator", "controleert bronnen") */
  onStep?: (step: AnswerStep, detail?: string) => void;
  /**
   * LLM mode: called with each piece of answer text as soon as it has been
   * checked (only verified sentences are ever passed). Local mode does not
   * call it: its answer arrives whole. The final Answer.text is authoritative.
   */
  onText?: (delta: string) => void;
  /** local mode: called with the composer's best candidate sentences and their features (scripts/fit-ranker.ts) */
  onCandidates?: (candidates: RankCandidate[]) => void;
  /** local mode: this is the second part of a question in two, asked after its first (it is not split again) */
  part?: boolean;
}

export interface Answerer {
  ask(question: string, opts?: AskOptions): Promise<Answer>;
}
