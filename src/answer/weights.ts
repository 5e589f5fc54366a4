/** Written by `npm run fit:answers` (src/eval/fit-answers.ts): fitted on the tuning part only. Do not edit by hand. */
export const FITTED = {
  features: ["context","coverage","passage","core","titleShare","engine","position","rarest","fitsTyped","unfitTyped","heading","unmet","holder","focused","yearMatch","latest","length","boilerplate","pairs","opening"],
  weights: [0.1079,-0.0473,0.0759,0.0656,0.0721,0.0647,0.0795,0.0077,0.0436,-0.0436,-0.0307,-0.0648,0.0396,0,0.0027,0.0312,-0.0491,-0.0431,0.0893,0.1006],
  bias: -3.9833,
  decision: {"weights":[0.5753,0.395,0.5355,0.8144,-0.4568,0.3931,0.6064,0.0332,0.5011,-0.826,-0.2198,-0.5564,0.0606,0.2055,0.4747,0.0588,-0.3145,-0.024,0.5685,0.3151,0.0139,0.0069,-0.1474,0.023,0.3092,0.5448,-0.6907,-0.364,0.3211,0.0238,0.2267,0.291],"bias":-3.3494,"answerAt":0.59},
  citeAt: 0.01,
  fittedOn: "748 tuning questions (594 answerable), 22297 candidates",
};
