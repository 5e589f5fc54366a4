/** What a figure's value is measured in. */
export type FigureUnit = 'count' | 'percent' | 'gbp' | 'rate' | 'days' | 'weeks' | 'months' | 'hours' | 'years';

/** Why a number in a sentence is not a figure. */
export type NotFigureReason =
  | 'date'
  | 'year'
  | 'time'
  | 'list-number'
  | 'reference'
  | 'age'
  | 'page'
  | 'period'
  | 'distance'
  | 'denominator'
  | 'footnote'
  | 'phone';

/** A figure: a value with its unit, what it counts, the body it is about and the date it refers to. */
export interface Figure {
  /** The value in its unit (pounds for money, 12.5 for 12.5%). */
  value: number;
  /** The value as written, verbatim: "1,826", "25.5%", "£4.2m". */
  text: string;
  unit: FigureUnit;
  /** What it counts, in the paper's words (the clause around the value, without the value and its date). */
  measure: string;
  /** Analysed terms of the measure, for matching the same measure elsewhere. */
  measureTerms: string[];
  /** The analysed words naming what is counted, next to the value ("children"), for counts; may be empty. */
  head: string[];
  /** The place or body the figure is about: named in the sentence, "England" for national comparators, else the paper's. */
  body: string | null;
  /** YYYY-MM-DD, YYYY-MM or YYYY: the date the value refers to (from the sentence, else the paper's date). */
  date: string | null;
  /** True when the date came from the sentence itself rather than the paper. */
  datedInText: boolean;
  /** Background about the area (population, ethnicity, poverty) rather than about services. */
  context: boolean;
  /** Offsets of the value in the sentence text. */
  start: number;
  end: number;
}

/** A number of a sentence that is not a figure, with the reason. */
export interface NotFigure {
  text: string;
  reason: NotFigureReason;
  start: number;
  end: number;
}

/** What a sentence's figures default to when the sentence does not say. */
export interface FigureContext {
  /** The paper's date, YYYY-MM-DD. */
  date: string | null;
  /** The body the paper is about (an authority), when known. */
  body: string | null;
  /** Words heading the sentence (a table's column or a list's lead-in), added to the measure when the clause is short. */
  lead?: string;
}
