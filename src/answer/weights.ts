/** Written by `npm run fit:answers` (src/eval/fit-answers.ts): fitted on the tuning part only. Do not edit by hand. */
export const FITTED = {
  features: ["context","coverage","passage","core","titleShare","engine","position","rarest","fitsTyped","unfitTyped","heading","unmet","holder","focused","yearMatch","latest","length","boilerplate","pairs"],
  weights: [0.1957,0.3403,0.1727,0.6374,-0.3848,1.6863,1.3474,0.3625,0.3702,-0.7725,0.1587,-0.8221,0.0672,0.1941,0.6058,0.1855,-0.5142,-0.2137,0.7423],
  bias: -3.3292,
  decision: {"weights":[0.6304,0.3145,0.4605,0.5393,-0.5356,0.3988,0.3895,0.2036,0.5002,-0.5424,-0.1958,-0.4602,0.0956,0.0272,0.3419,0.0119,-0.4749,-0.0325,0.5789,0.6612,0.7333,0.0946,0.0385,0.0471,0.636,-0.311,-0.5472,0.0378],"bias":-2.9153,"answerAt":0.6},
  citeAt: 0.02,
  fittedOn: "567 tuning questions (453 answerable), 8481 candidates",
};
