/** Figures as typed measures: value, unit, what it counts, the body and the date it refers to. Shared by packs, challenge and answers. */
export { figuresIn, classify } from './extract.ts';
export { figuresOfPaper, bodyOf, type PaperFigure } from './paper.ts';
export { sameMeasure, measureOverlap, trendFor, trendPair, periodOf } from './trend.ts';
export type { Figure, FigureContext, FigureUnit, NotFigure, NotFigureReason } from './types.ts';
