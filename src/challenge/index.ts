export { draftChallenges, papersFor, type ChallengeOptions } from './draft.ts';
export { findClaims, findFigures, findRisks } from './signals.ts';
export { findContradictions } from './contradictions.ts';
export { citeOf, locateQuote, sameQuote } from './cite.ts';
export { figurePhrase } from './questions.ts';
export { sentencesOf, longDate, shortQuote, isInspection } from './text.ts';
export type { ChallengeKind, ChallengeQuestion, Contradiction, SentenceSpan, Signal } from './types.ts';
