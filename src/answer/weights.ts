/** Written by `npm run fit:answers` (src/eval/fit-answers.ts): fitted on the tuning part only. Do not edit by hand. */
export const FITTED = {
  features: ["context","coverage","passage","core","titleShare","engine","position","rarest","fitsTyped","unfitTyped","heading","unmet","holder","focused","yearMatch","latest","length","boilerplate","pairs","opening"],
  weights: [0.1241,-0.0383,0.0539,0.0852,0.0774,0.0831,0.0954,0.0213,0.0481,-0.0481,-0.025,-0.0756,0.0647,0,0.0151,0.0057,-0.0891,-0.0436,0.0846,0.1066],
  bias: -4.0078,
  decision: {"weights":[0.4713,0.541,0.4607,0.6423,-0.4769,0.32,0.5416,0.1768,0.4975,-0.8176,-0.4444,-0.633,0.057,0.0167,0.4368,0.1313,-0.2692,-0.0833,0.6483,0.5753,0.0146,0.0109,0.0298,0.0292,0.1028,0.696,-0.7061,-0.4718,0.3158,-0.1415,0.2701,0.6976],"bias":-3.4084,"answerAt":0.52},
  citeAt: 0.01,
  fittedOn: "567 tuning questions (453 answerable), 16917 candidates",
};
