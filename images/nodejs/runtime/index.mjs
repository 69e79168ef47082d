// Starts AWS's Node.js runtime interface client (npm aws-lambda-ric) on the function's code, as the official
// image's /var/runtime/index.mjs does: handler from _HANDLER, code root from LAMBDA_TASK_ROOT.
import { run } from "aws-lambda-ric";

await run(process.env.LAMBDA_TASK_ROOT || "/var/task", process.env._HANDLER);
