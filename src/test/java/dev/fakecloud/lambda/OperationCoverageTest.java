package dev.fakecloud.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecloud.lambda.api.LambdaApi;
import dev.fakecloud.lambda.api.RestRoute;
import dev.fakecloud.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.utils.builder.SdkBuilder;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.LambdaRequest;

/**
 * Walks every operation the AWS SDK's Lambda client offers and proves each is routed: it gets a modelled answer
 * (a result or an AWS error the model knows), never "unknown operation" and never a server error.
 */
@QuarkusTest
class OperationCoverageTest {

    @Inject
    LambdaApi api;

    final LambdaClient lambda = Clients.lambda();

    /**
     * Operations of the API model the Java SDK no longer offers (InvokeAsync, deprecated); they are walked on the
     * wire instead.
     */
    static final List<String> MODEL_ONLY = List.of("InvokeAsync");

    /** Operation name to request class, from the async client, which also carries the event-stream operation. */
    static Map<String, Class<?>> sdkOperations() {
        Map<String, Class<?>> ops = new TreeMap<>();
        for (Method m : LambdaAsyncClient.class.getMethods()) {
            if (m.getParameterCount() >= 1 && LambdaRequest.class.isAssignableFrom(m.getParameterTypes()[0])) {
                String request = m.getParameterTypes()[0].getSimpleName();
                ops.put(request.substring(0, request.length() - "Request".length()), m.getParameterTypes()[0]);
            }
        }
        return ops;
    }

    @Test
    void theOperationTableHasEverySdkOperationOnce() {
        Map<String, Class<?>> sdk = sdkOperations();
        List<String> table = api.table().stream().map(RestRoute::operation).toList();
        TreeSet<String> expected = new TreeSet<>(sdk.keySet());
        expected.addAll(MODEL_ONLY);
        assertThat(sdk).hasSizeGreaterThanOrEqualTo(87);
        assertThat(new TreeSet<>(table)).containsExactlyElementsOf(expected);
        assertThat(table).doesNotHaveDuplicates();
    }

    @Test
    void everySdkOperationGetsAModelledAnswer() throws Exception {
        List<String> failures = new ArrayList<>();
        int called = 0;
        for (Map.Entry<String, Class<?>> op : sdkOperations().entrySet()) {
            String name = op.getKey();
            if (name.equals("InvokeWithResponseStream")) {
                int status = RestAssured.given().body("{}")
                        .post("/2021-11-15/functions/walk-missing/response-streaming-invocations")
                        .then().extract().statusCode();
                if (status != 404) {
                    failures.add(name + ": HTTP " + status);
                }
                called++;
                continue;
            }
            Object request = filledRequest(op.getValue());
            String method = Character.toLowerCase(name.charAt(0)) + name.substring(1);
            Method m = LambdaClient.class.getMethod(method, op.getValue());
            called++;
            try {
                m.invoke(lambda, request);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof LambdaException le) {
                    String code = le.awsErrorDetails().errorCode();
                    if (le.statusCode() >= 500 || code == null || code.contains("UnknownOperation")) {
                        failures.add(name + ": " + le.statusCode() + " " + code + " " + le.getMessage());
                    }
                } else {
                    failures.add(name + ": " + e.getCause());
                }
            }
        }
        int status = RestAssured.given().body("{}").post("/2014-11-13/functions/walk-missing/invoke-async/")
                .then().extract().statusCode();
        if (status != 404) {
            failures.add("InvokeAsync: HTTP " + status);
        }
        assertThat(called + MODEL_ONLY.size()).isEqualTo(api.table().size());
        assertThat(failures).isEmpty();
    }

    /** A request whose URI labels are set (the SDK refuses to send empty labels); everything else left out. */
    static Object filledRequest(Class<?> requestType) throws Exception {
        SdkBuilder<?, ?> builder = (SdkBuilder<?, ?>) requestType.getMethod("builder").invoke(null);
        List<SdkField<?>> fields = ((SdkPojo) builder.build()).sdkFields();
        for (SdkField<?> field : fields) {
            if (field.location() != MarshallLocation.PATH) {
                continue;
            }
            Object value = field.marshallingType() == MarshallingType.LONG ? 1L
                    : field.marshallingType() == MarshallingType.INTEGER ? 1
                    : field.memberName().endsWith("Arn") ? "arn:aws:lambda:us-east-1:000000000000:function:walk-missing"
                    : "walk-missing";
            field.set(builder, value);
        }
        return builder.build();
    }
}
