/** Written by `npm run fit:answers` (src/eval/fit-answers.ts): fitted on the tuning part only. Do not edit by hand. */
export const FITTED = {
  features: ["context","coverage","passage","core","titleShare","engine","position","rarest","fitsTyped","unfitTyped","heading","unmet","holder","focused","yearMatch","latest","length"],
  weights: [0.2767,0.3891,0.2361,0.7127,-0.4257,1.6098,1.2881,0.5642,0.5434,-0.8446,-0.146,-0.7794,0.059,0.1155,0.3401,0.1862,-0.5541],
  bias: -3.3123,
  decision: {"weights":[0.5173,0.3424,0.6423,0.6702,-0.7151,0.367,0.3102,0.4713,0.2455,-0.7522,-0.4396,-0.6617,0,-0.3412,0.3134,0.2546,-0.3192,0.7654,1.1408],"bias":-2.9161,"answerAt":0.56},
  citeAt: 0.02,
  fittedOn: "291 tuning questions (239 answerable), 4351 candidates",
};
