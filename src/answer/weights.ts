/** Written by `npm run fit:answers` (src/eval/fit-answers.ts): fitted on the tuning part only. Do not edit by hand. */
export const FITTED = {
  features: ["context","coverage","passage","core","titleShare","engine","position","rarest","fitsTyped","unfitTyped","heading","unmet","holder","focused","yearMatch","latest","length","boilerplate","pairs","opening"],
  weights: [0.1218,-0.0421,0.0428,0.0885,0.0775,0.0817,0.099,0.0257,0.0467,-0.0467,-0.0241,-0.0764,0.0651,0,0.0187,0.0088,-0.0899,-0.0434,0.0886,0.1048],
  bias: -4.0057,
  decision: {"weights":[0.5163,0.4266,0.4825,0.6165,-0.3673,0.3351,0.5668,0.0867,0.5179,-0.8085,-0.3456,-0.5243,0.0573,0.1303,0.6279,0.2311,-0.3717,-0.0956,0.7771,0.5302,0.0164,0.0114,0.0667,0.0377,0.1256,0.7009,-0.6875,-0.534,0.2876],"bias":-3.1086,"answerAt":0.54},
  citeAt: 0.02,
  fittedOn: "567 tuning questions (453 answerable), 16915 candidates",
};
