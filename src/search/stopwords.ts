/** English function words: never indexed as terms (they still count inside concept phrases). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren as at be because been before being below
  between both but by can cannot could couldn did didn do does doesn doing don down during each either etc few for
  from further had hadn has hasn have haven having he her here hers herself him himself his how however i if in into
  is isn it its itself just let me more most mustn my myself neither no nor not now of off on once only or other
  ought our ours ourselves out over own same shall shan she should shouldn so some such than that the their theirs
  them themselves then there these they this those through thus to too under until up upon us very via was wasn we
  were weren what when where whereas whether which while whilst who whom whose why will with within without won
  would wouldn yet you your yours yourself yourselves amongst among unto per eg ie dont cant wont isnt arent doesnt
  didnt hasnt havent wasnt werent wouldnt shouldnt couldnt ive weve youve theyve im youre theyre hes shes thats
  theres whove whos whod wholl theyd youd itll youll theyll thatll shouldve wouldve couldve mightve mustve aint
  hadnt mightnt neednt shant wheres heres hows whys whatre`.split(/\s+/),
);

/** Words a question carries that no passage needs to contain. */
export const QUERY_STOP_WORDS: ReadonlySet<string> = new Set(
  `many much tell say says said know show find list give please anything something everything regarding concerning
  mention mentioned mentions paper papers document documents happen happened happening exist exists whats`.split(/\s+/),
);

/** The verb a negation contracts when its letters differ ("won't" is "will not", "can't" is "cannot", "shan't" is "shall not"). */
export const NEGATED_VERBS: Readonly<Record<string, string>> = { wo: 'will', ca: 'can', sha: 'shall' };

/** Verbs a contraction may carry that are not stop words themselves ("might've", "mightn't", "needn't"). */
export const CONTRACTED_VERBS: ReadonlySet<string> = new Set(['might', 'must', 'need', 'dare', 'ought', 'may']);
