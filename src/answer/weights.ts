/** Written by `npm run fit:answers` (src/eval/fit-answers.ts): fitted on the tuning part only. Do not edit by hand. */
export const FITTED = {
  features: ["context","coverage","passage","core","titleShare","engine","position","rarest","fitsTyped","unfitTyped","heading","unmet","holder","focused","yearMatch","latest","length","boilerplate"],
  weights: [0.2869,0.3788,0.2511,0.7262,-0.4011,1.606,1.279,0.5819,0.5426,-0.8344,-0.1324,-0.775,0.0752,0.1214,0.3538,0.1858,-0.5527,-0.0542],
  bias: -3.3468,
  decision: {"weights":[0.5291,0.4134,0.6566,0.6964,-0.5641,0.395,0.316,0.4864,0.3151,-0.7456,-0.2,-0.5759,0.086,-0.3626,0.2565,0.2498,-0.4054,0.3231,0.7673,1.161],"bias":-3.0734,"answerAt":0.5},
  citeAt: 0.02,
  fittedOn: "291 tuning questions (239 answerable), 4351 candidates",
};
