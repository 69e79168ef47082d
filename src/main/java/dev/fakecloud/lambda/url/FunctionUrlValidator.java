package dev.fakecloud.lambda.url;

import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.model.FunctionUrlShapes.Cors;
import dev.fakecloud.lambda.model.FunctionUrlShapes.FunctionUrlConfigRequest;
import java.util.List;

/** The model constraints of CreateFunctionUrlConfig and UpdateFunctionUrlConfig bodies. */
final class FunctionUrlValidator {

    static final List<String> AUTH_TYPES = List.of("NONE", "AWS_IAM");
    static final List<String> INVOKE_MODES = List.of("BUFFERED", "RESPONSE_STREAM");

    private FunctionUrlValidator() {
    }

    static void validate(FunctionUrlConfigRequest request, boolean create) {
        Validation v = Validation.start();
        if (create) {
            v.required(request.authType(), "authType");
        }
        v.oneOf(request.authType(), "authType", AUTH_TYPES);
        Cors cors = request.cors();
        if (cors != null) {
            list(v, cors.allowHeaders(), "cors.allowHeaders", 100, 0, 1024);
            list(v, cors.allowMethods(), "cors.allowMethods", 6, 0, 6);
            list(v, cors.allowOrigins(), "cors.allowOrigins", 100, 1, 253);
            list(v, cors.exposeHeaders(), "cors.exposeHeaders", 100, 0, 1024);
            v.range(cors.maxAge(), "cors.maxAge", 0, 86400);
        }
        v.oneOf(request.invokeMode(), "invokeMode", INVOKE_MODES);
        v.throwIfInvalid();
    }

    /** A list's size, and each element's length (as AWS words constraints on list members). */
    private static void list(Validation v, List<String> values, String member, int maxItems, int minLength,
            int maxLength) {
        if (values == null) {
            return;
        }
        v.maxSize(values, member, maxItems);
        boolean elementsOk = values.stream().allMatch(s -> s != null && s.length() >= minLength
                && s.length() <= maxLength);
        if (!elementsOk) {
            v.violation(values, member, "Member must satisfy constraint: [Member must have length less than or equal "
                    + "to " + maxLength + ", Member must have length greater than or equal to " + minLength
                    + ", Member must satisfy regular expression pattern: .*, Member must not be null]");
        }
    }
}
