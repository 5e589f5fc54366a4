/** Written by `npm run fit:answers` (src/eval/fit-answers.ts): fitted on the tuning part only. Do not edit by hand. */
export const FITTED = {
  features: ["context","coverage","passage","core","titleShare","engine","position","rarest","fitsTyped","unfitTyped","heading","unmet","holder","focused","yearMatch","latest","length","boilerplate","pairs","opening"],
  weights: [0.0894,-0.0475,0.0921,0.0635,0.0735,0.0881,0.0814,0.0132,0.0488,-0.0488,-0.0273,-0.07,0.0432,0,0.0031,0.033,-0.0478,-0.0394,0.0773,0.1086],
  bias: -3.9904,
  decision: {"weights":[0.5931,0.4443,0.6193,0.7759,-0.4598,0.5088,0.5989,-0.1228,0.5621,-0.8037,-0.132,-0.6459,0.0581,0.1457,0.4754,0.0433,-0.3218,-0.1645,0.446,0.3064,0.0143,0.0071,-0.1868,0.023,0.3206,0.5206,-0.5292,-0.3897,0.2372,0.132,0.2538,0.3054],"bias":-3.4067,"answerAt":0.6},
  citeAt: 0.01,
  fittedOn: "748 tuning questions (594 answerable), 22280 candidates",
};
