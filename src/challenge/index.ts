export { draftChallenges, papersFor, shortfallNote, topicMatcher, type ChallengeOptions } from './draft.ts';
export { findClaims, findFigures, findRisks, isNegative } from './signals.ts';
export { findContradictions } from './contradictions.ts';
export { citeOf, locateQuote, sameQuote } from './cite.ts';
export { figurePhrase, figureWords, markOf } from './questions.ts';
export { sentencesOf, longDate, shortQuote, isInspection } from './text.ts';
export type { ChallengeKind, ChallengeQuestion, Contradiction, SentenceSpan, Signal } from './types.ts';
