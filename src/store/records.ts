// Row shapes the store returns (besides the shared contracts in types.ts).

export const REC_STATUSES = ['open', 'in-voorbereiding', 'in-uitvoering', 'gerealiseerd', 'afgewezen'] as const;
export type RecStatus = (typeof REC_STATUSES)[number];

export interface StatusChange {
  seq: number; // order of the change in the database
  recId: string;
  status: RecStatus;
  by: string;
  note: string;
  at: Date;
  /** the status before this change ('open' when there was none) */
  previous: RecStatus;
}

export interface StoredQuestion {
  text: string;
  askedAt: Date;
  answered: boolean;
  mode: string;
  surface: string;
}

export type DigestRunStatus = 'started' | 'posted' | 'failed';
export interface DigestRun {
  week: string;
  channel: string;
  status: DigestRunStatus;
  owner: string;
  attempt: number;
  startedAt: Date;
  updatedAt: Date;
  messageTs?: string;
  error?: string;
}

export interface SavedDigestState {
  channel: string;
  week: string;
  savedAt: Date;
  state: unknown;
}
