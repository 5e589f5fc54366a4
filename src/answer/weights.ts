/** Written by `npm run fit:answers` (src/eval/fit-answers.ts): fitted on the tuning part only. Do not edit by hand. */
export const FITTED = {
  features: ["context","coverage","passage","core","titleShare","engine","position","rarest","fitsTyped","unfitTyped","heading","unmet","holder","focused","yearMatch","latest","length","boilerplate","pairs"],
  weights: [0.1957,0.3403,0.1727,0.6374,-0.3848,1.6863,1.3474,0.3625,0.3702,-0.7725,0.1587,-0.8221,0.0672,0.1941,0.6058,0.1855,-0.5142,-0.2137,0.7423],
  bias: -3.3292,
  decision: {"weights":[0.6339,0.3108,0.4538,0.5565,-0.5509,0.4127,0.3907,0.2053,0.5018,-0.5445,-0.1945,-0.472,0.099,0.021,0.312,0.0252,-0.4886,-0.1085,0.5917,0.6699,0.7614],"bias":-2.8757,"answerAt":0.58},
  citeAt: 0.02,
  fittedOn: "567 tuning questions (453 answerable), 8481 candidates",
};
