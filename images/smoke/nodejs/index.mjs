export const handler = async (event, context) => {
  console.log("hello from node", process.version);
  return {
    echo: event,
    requestId: context.awsRequestId,
    functionName: context.functionName,
    remainingMs: context.getRemainingTimeInMillis(),
    node: process.version,
  };
};

export const boom = async (event) => {
  throw new TypeError("boom: " + event.say);
};
