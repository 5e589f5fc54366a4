/** Written by `npm run fit:answers` (src/eval/fit-answers.ts): fitted on the tuning part only. Do not edit by hand. */
export const FITTED = {
  features: ["context","coverage","passage","core","titleShare","engine","position","rarest","fitsTyped","unfitTyped","heading","unmet","holder","focused","yearMatch","latest","length","boilerplate","pairs","opening","local"],
  weights: [0.0787,-0.11,0.09,0.0592,0.0909,0.0819,0.0818,0.015,0.0484,-0.0484,-0.0252,-0.0662,0.0439,0,0.0035,0.032,-0.0549,-0.0416,0.0529,0.103,0.1039],
  bias: -3.9886,
  decision: {"weights":[0.6306,0.2559,0.5844,0.7478,-0.4274,0.3976,0.577,-0.2064,0.6141,-0.837,-0.2297,-0.5756,0.0541,0.1486,0.5044,0.0642,-0.4826,-0.2127,0.3639,0.3168,0.3782,0.0146,0.0077,-0.1685,0.0233,0.2945,0.5011,-0.4864,-0.3869,0.2192,0.136,0.2399,0.33],"bias":-3.3138,"answerAt":0.59},
  citeAt: 0.01,
  fittedOn: "748 tuning questions (594 answerable), 22280 candidates",
};
