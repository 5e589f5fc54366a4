import type { Citation, Scope } from '../domain.ts';

/** An answer to a councillor's question: a lead and verbatim citations, or a plain "the papers don't say". */
export interface Answer {
  question: string;
  answered: boolean;
  /** The lead: the best sentence or a figure from it; when not answered, says the papers don't answer it. */
  answer: string;
  /** Up to five cited excerpts, best first (empty when not answered). */
  citations: Citation[];
  /** When not answered: the nearest passages, shown only as "closest I found". */
  closest: Citation[];
  /** Whether a model phrased the answer, and why not when it didn't. */
  model: { used: boolean; note: string | null };
}

export interface AskOptions {
  scope: Scope;
  /** Earlier questions in the same conversation (Slack thread), oldest first, for follow-ups. */
  history?: string[];
}
