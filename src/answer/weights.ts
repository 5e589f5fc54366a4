/** Written by `npm run fit:answers` (src/eval/fit-answers.ts): fitted on the tuning part only. Do not edit by hand. */
export const FITTED = {
  features: ["context","coverage","passage","core","titleShare","engine","position","rarest","fitsTyped","unfitTyped","heading","unmet","holder","focused","yearMatch","latest","length","boilerplate","pairs","opening","local"],
  weights: [0.0727,-0.1132,0.0916,0.0612,0.0923,0.0861,0.0795,0.0149,0.0487,-0.0487,-0.0254,-0.0829,0.0444,0,-0.0102,0.0328,-0.0558,-0.0442,0.0557,0.1052,0.1059],
  bias: -3.9762,
  decision: {"weights":[0.61,0.2555,0.5803,0.7333,-0.3874,0.3702,0.5743,-0.2326,0.6091,-0.839,-0.2354,-0.6131,0.0527,0.1602,0.4825,0.0822,-0.4533,-0.2791,0.3947,0.3195,0.4443,0.0152,0.0079,-0.1876,0.0226,0.2925,0.5073,-0.4709,-0.3938,0.2262,0.1455,0.2106,0.3459],"bias":-3.3063,"answerAt":0.59},
  citeAt: 0.01,
  fittedOn: "748 tuning questions (594 answerable), 22277 candidates",
};
