/** Written by `npm run fit:answers` (src/eval/fit-answers.ts): fitted on the tuning part only. Do not edit by hand. */
export const FITTED = {
  features: ["context","coverage","passage","core","titleShare","engine","position","rarest","fitsTyped","unfitTyped","heading","unmet","holder","focused","yearMatch","latest","length","boilerplate","pairs","opening","local"],
  weights: [0.0715,-0.1182,0.0912,0.059,0.0889,0.0969,0.0844,0.0132,0.0622,-0.0622,-0.0258,-0.0828,0.0439,0,-0.0079,0.036,-0.0561,-0.0449,0.06,0.1151,0.1066],
  bias: -3.9778,
  decision: {"weights":[0.5797,0.2746,0.5615,0.6359,-0.3266,0.3489,0.5238,-0.1757,0.7352,-1.092,-0.2793,-0.6761,0.0611,0.1235,0.554,0.1308,-0.5555,-0.2419,0.3841,0.3945,0.4835,0.0176,0.0092,-0.2085,0.0225,0.3068,0.4862,-0.5167,-0.4471,0.3535,0.2522,0.1764,0.2974],"bias":-3.3378,"answerAt":0.56},
  citeAt: 0.01,
  fittedOn: "748 tuning questions (594 answerable), 22279 candidates",
};
