/** Written by `npm run fit:answers` (src/eval/fit-answers.ts): fitted on the tuning part only. Do not edit by hand. */
export const FITTED = {
  features: ["context","coverage","passage","core","titleShare","engine","position","rarest","fitsTyped","unfitTyped","heading","unmet","holder","focused","yearMatch","latest","length","boilerplate","pairs","opening"],
  weights: [0.116,-0.04,0.0367,0.0897,0.0776,0.0849,0.1033,0.0234,0.0466,-0.0466,-0.0235,-0.0756,0.0665,0,0.0191,0.0087,-0.0898,-0.0473,0.0902,0.104],
  bias: -4.0246,
  decision: {"weights":[0.5641,0.5173,0.5086,0.6497,-0.3349,0.3911,0.5467,0.078,0.5185,-0.792,-0.3473,-0.576,0.0624,0.0745,0.5093,0.155,-0.3883,-0.0507,0.8281,0.5675,0.0163,0.0108,0.1571,0.0371,0.019,0.7212,-0.6919,-0.516,0.27],"bias":-3.184,"answerAt":0.56},
  citeAt: 0.02,
  fittedOn: "567 tuning questions (453 answerable), 16912 candidates",
};
