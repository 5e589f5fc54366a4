/** Written by `npm run fit:answers` (src/eval/fit-answers.ts): fitted on the tuning part only. Do not edit by hand. */
export const FITTED = {
  features: ["context","coverage","passage","core","titleShare","engine","position","rarest","fitsTyped","unfitTyped","heading","unmet","holder","focused","yearMatch","latest","length","boilerplate","pairs"],
  weights: [0.1973,0.3414,0.1641,0.5767,-0.3717,1.6736,1.3524,0.3965,0.4168,-0.7849,0.1513,-0.7468,0.0669,0.2021,0.6625,0.2238,-0.5446,-0.219,0.7511],
  bias: -3.363,
  decision: {"weights":[0.648,0.3961,0.4768,0.6177,-0.5585,0.3635,0.3817,0.1251,0.4457,-0.4874,-0.103,-0.3994,0.0904,0.0006,0.3689,0.0026,-0.3911,0.1438,0.5574,0.6379,0.7261,0.0646,0.039,0.041,0.6573,-0.2922,-0.5514,0.0373],"bias":-2.9362,"answerAt":0.56},
  citeAt: 0.02,
  fittedOn: "567 tuning questions (453 answerable), 8483 candidates",
};
