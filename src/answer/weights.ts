/** Written by `npm run fit:answers` (src/eval/fit-answers.ts): fitted on the tuning part only. Do not edit by hand. */
export const FITTED = {
  features: ["context","coverage","passage","core","titleShare","engine","position","rarest","fitsTyped","unfitTyped","heading","unmet","holder","focused","yearMatch","latest","length","boilerplate","pairs"],
  weights: [0.2043,0.3483,0.1772,0.5634,-0.3565,1.6736,1.3499,0.3901,0.42,-0.7784,0.1507,-0.7532,0.066,0.1877,0.6502,0.2128,-0.5456,-0.2201,0.769],
  bias: -3.351,
  decision: {"weights":[0.623,0.4095,0.4863,0.672,-0.5466,0.3848,0.3846,0.1207,0.4383,-0.4897,-0.1013,-0.3964,0.0893,0.019,0.371,-0.0152,-0.3961,0.1402,0.5285,0.6461,0.7286,0.0775,0.0396,0.0463,0.6178,-0.2902,-0.5425,0.0468],"bias":-3.0017,"answerAt":0.6},
  citeAt: 0.02,
  fittedOn: "567 tuning questions (453 answerable), 8484 candidates",
};
