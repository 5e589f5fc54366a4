/** Written by `npm run fit:answers` (src/eval/fit-answers.ts): fitted on the tuning part only. Do not edit by hand. */
export const FITTED = {
  features: ["context","coverage","passage","core","titleShare","engine","position","rarest","fitsTyped","unfitTyped","heading","unmet","holder","focused","yearMatch","latest","length","boilerplate","pairs","opening"],
  weights: [0.1268,-0.0403,0.0534,0.0862,0.0769,0.0853,0.1002,0.0226,0.0494,-0.0494,-0.0243,-0.0781,0.067,0,0.0173,0.0052,-0.0968,-0.0439,0.0889,0.1099],
  bias: -4.0018,
  decision: {"weights":[0.5165,0.5734,0.5007,0.7092,-0.4838,0.349,0.6097,0.1219,0.4832,-0.8394,-0.4204,-0.6013,0.0577,-0.0365,0.4724,0.1568,-0.3116,-0.1991,0.6333,0.5056,0.0156,0.0118,0.0014,0.0289,0.0618,0.6869,-0.6503,-0.4849,0.3519,-0.1658,0.3379,0.6336],"bias":-3.4528,"answerAt":0.57},
  citeAt: 0.01,
  fittedOn: "567 tuning questions (453 answerable), 16917 candidates",
};
