import { stemmer } from 'stemmer';

const STOP = new Set(
  `a an the and or but of to in on at by for from with as is are was were be been being it its this that these those there their they them
  he she his her we our us i my you your will would shall should can could may might must have has had do does did not no so than then
  which who whom what when where while if into about over under also all any each more most other some such only own same too very just
  up out further once again both few many much per via upon within without across after before between during until against among
  members member panel committee meeting meetings council chair chairman offered agreed undertook shared said noted stated added mentioned
  confirmed advised explained item resolved report reports update updates officer officers mr mrs ms dr cllr councillor need needs
  ensure make made take taken work working`.split(/\s+/),
);

/** Lower-case content words of a text, stop words and meeting boilerplate left out. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z'’-]*[a-z]|\d+(?:\.\d+)?%?/g) ?? []).map((w) => w.replace(/['’]s$/, '')).filter((w) => w.length > 2 && !STOP.has(w));
}

/** The distinct stems of a text's content words. */
export function stemsOf(text: string): Set<string> {
  return new Set(contentWords(text).map((w) => stemmer(w)));
}
