package example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.Map;

/** The java image's smoke handler: echoes the event with a few context fields. */
public class Echo implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        context.getLogger().log("hello from java " + Runtime.version());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("echo", event);
        out.put("requestId", context.getAwsRequestId());
        out.put("functionName", context.getFunctionName());
        out.put("remainingMs", context.getRemainingTimeInMillis());
        out.put("java", Runtime.version().feature());
        return out;
    }
}
