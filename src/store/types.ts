// Contracts of the embedded store (SQLite). Implemented in src/store/.

export interface QuestionRecord {
  text: string;
  askedAt: Date;
  answered: boolean;
  mode: 'local' | 'llm';
  surface: 'cli' | 'slack' | 'slash';
  latencyMs?: number;
}

export interface FeedbackRecord {
  answerId: string; // id rendered into the feedback button value
  value: 'up' | 'down';
  userHash: string; // hashed Slack user id, never the raw id
  at: Date;
  question?: string;
  /** the answer that was given (AnsweredSnapshot), kept with the question */
  answer?: AnsweredSnapshot;
}

/** What a 👎 keeps of the answer: enough to turn the question into a test case. */
export interface AnsweredSnapshot {
  language: 'nl' | 'en';
  text: string;
  answered: boolean;
  mode: string;
  citations: { doc: string; page: number }[];
  figures: number;
  /** earlier questions of the same conversation, oldest first */
  earlier?: string[];
}

export interface NegativeFeedback {
  answerId: string;
  at: Date;
  question: string;
  answer?: AnsweredSnapshot;
  reason?: string;
}

export interface QuestionLog {
  recordQuestion(q: QuestionRecord): void;
}
export interface FeedbackLog {
  recordFeedback(f: FeedbackRecord): void;
  /** the reason given after a 👎; false when there is no such vote */
  setFeedbackReason(answerId: string, userHash: string, reason: string): boolean;
}

export interface RequestLog {
  /** records the keys as handled; false when one was already handled within ttlMs */
  claimRequest(keys: string[], ttlMs: number, now?: Date): boolean;
}
