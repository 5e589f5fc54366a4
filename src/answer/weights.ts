/** Written by `npm run fit:answers` (src/eval/fit-answers.ts): fitted on the tuning part only. Do not edit by hand. */
export const FITTED = {
  features: ["context","coverage","passage","core","titleShare","engine","position","rarest","fitsTyped","unfitTyped","heading","unmet","holder","focused","yearMatch","latest","length","boilerplate","pairs","opening"],
  weights: [0.0987,-0.0432,0.0691,0.0649,0.0737,0.072,0.0795,0.0082,0.0447,-0.0447,-0.0313,-0.0672,0.0419,0,0.0043,0.0308,-0.0562,-0.0439,0.0966,0.1012],
  bias: -3.9985,
  decision: {"weights":[0.6006,0.4467,0.5528,0.8104,-0.4754,0.3733,0.5749,0.0462,0.5309,-0.8161,-0.209,-0.5593,0.0602,0.2287,0.4167,0.0666,-0.3528,-0.025,0.6208,0.3986,0.0138,0.0072,-0.1164,0.0215,0.2849,0.5607,-0.673,-0.3628,0.2812,-0.0256,0.2806,0.2191],"bias":-3.3354,"answerAt":0.59},
  citeAt: 0.01,
  fittedOn: "748 tuning questions (594 answerable), 22293 candidates",
};
