/** Written by `npm run fit:answers` (src/eval/fit-answers.ts): fitted on the tuning part only. Do not edit by hand. */
export const FITTED = {
  features: ["context","coverage","passage","core","titleShare","engine","position","rarest","fitsTyped","unfitTyped","heading","unmet","holder","focused","yearMatch","latest","length","boilerplate","pairs","opening"],
  weights: [0.1241,-0.0383,0.0539,0.0852,0.0774,0.0831,0.0954,0.0213,0.0481,-0.0481,-0.025,-0.0756,0.0647,0,0.0151,0.0057,-0.0891,-0.0436,0.0846,0.1066],
  bias: -4.0078,
  decision: {"weights":[0.5155,0.5355,0.4932,0.6164,-0.3595,0.3446,0.5883,0.177,0.5051,-0.8394,-0.4146,-0.6711,0.0554,0.1173,0.516,0.1575,-0.2491,-0.0891,0.6592,0.5795,0.016,0.0105,0.0554,0.0349,0.1086,0.7103,-0.7228,-0.5207,0.331],"bias":-3.2383,"answerAt":0.52},
  citeAt: 0.02,
  fittedOn: "567 tuning questions (453 answerable), 16917 candidates",
};
