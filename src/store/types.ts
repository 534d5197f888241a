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
}

export interface QuestionLog {
  recordQuestion(q: QuestionRecord): void;
}
export interface FeedbackLog {
  recordFeedback(f: FeedbackRecord): void;
}

export interface RequestLog {
  /** records the keys as handled; false when one was already handled within ttlMs */
  claimRequest(keys: string[], ttlMs: number, now?: Date): boolean;
}
