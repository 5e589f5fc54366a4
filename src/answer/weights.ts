/** Written by `npm run fit:answers` (src/eval/fit-answers.ts): fitted on the tuning part only. Do not edit by hand. */
export const FITTED = {
  features: ["context","coverage","passage","core","titleShare","engine","position","rarest","fitsTyped","unfitTyped","heading","unmet","holder","focused","yearMatch","latest","length","boilerplate","pairs","opening","local"],
  weights: [0.0713,-0.1153,0.0901,0.0609,0.0879,0.096,0.0831,0.0126,0.0576,-0.0576,-0.0265,-0.0823,0.0436,0,-0.0074,0.0356,-0.0577,-0.0448,0.0611,0.1139,0.103],
  bias: -3.9782,
  decision: {"weights":[0.6044,0.2783,0.5616,0.6354,-0.3387,0.3219,0.5263,-0.2165,0.7035,-1.0306,-0.2411,-0.7086,0.0613,0.1324,0.5547,0.1113,-0.5677,-0.2399,0.392,0.3737,0.4915,0.0173,0.0087,-0.2112,0.0231,0.2808,0.4794,-0.5078,-0.3914,0.3239,0.206,0.1797,0.3152],"bias":-3.2407,"answerAt":0.55},
  citeAt: 0.01,
  fittedOn: "748 tuning questions (594 answerable), 22278 candidates",
};
