/** Written by `npm run fit:answers` (src/eval/fit-answers.ts): fitted on the tuning part only. Do not edit by hand. */
export const FITTED = {
  features: ["context","coverage","passage","core","titleShare","engine","position","rarest","fitsTyped","unfitTyped","heading","unmet","holder","focused","yearMatch","latest","length"],
  weights: [0.2998,0.5121,0.2924,0.8585,-0.3844,1.6038,1.1334,0.4646,0.6694,-0.7503,-0.1543,-0.6503,0.0591,0.1641,0.3321,0.2309,-0.5971],
  bias: -3.416,
  decision: {"weights":[0.4176,0.4605,0.5586,0.8213,-0.5942,0.3971,0.2693,0.5072,0.4432,-0.4434,-0.5471,-0.7579,0,-0.3354,0.3276,0.2442,-0.4341,0.7174,1.0607],"bias":-3.0183,"answerAt":0.54},
  citeAt: 0.02,
  fittedOn: "291 tuning questions (239 answerable), 4339 candidates",
};
