package dev.fakecloud.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.fakecloud.gateway.AwsRequest;
import dev.fakecloud.gateway.AwsResponse;
import dev.fakecloud.gateway.AwsServiceHandler;
import dev.fakecloud.gateway.Protocol;
import dev.fakecloud.gateway.RpcOperation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

/**
 * Amazon EventBridge on the shared port: AWS JSON 1.1, {@code X-Amz-Target: AWSEvents.<Operation>}, signing name
 * {@code events}. Each body is read into the operation's request record and the result written back as JSON.
 */
@ApplicationScoped
public class EventsApi implements AwsServiceHandler {

    private static final String TARGET_PREFIX = "AWSEvents.";
    static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private final EventsOperations operations;
    private final ObjectMapper mapper;

    public EventsApi(EventsOperations operations, ObjectMapper base) {
        this.operations = operations;
        this.mapper = base.copy()
                .setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
                .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
    }

    @Override
    public String signingName() {
        return "events";
    }

    @Override
    public Protocol protocol() {
        return Protocol.JSON_1_1;
    }

    @Override
    public Set<String> targetPrefixes() {
        return Set.of("AWSEvents");
    }

    @Override
    public boolean claimsPath(String rawPath) {
        return false;
    }

    @Override
    public Uni<AwsResponse> handle(AwsRequest request) {
        return Uni.createFrom().deferred(() -> {
            String target = request.header("x-amz-target");
            String action = target == null ? "" : target.startsWith(TARGET_PREFIX)
                    ? target.substring(TARGET_PREFIX.length()) : target;
            RpcOperation<EventsCall, ?, ?> op = operations.get(action);
            if (op == null) {
                throw EventsErrors.unknownOperation(action);
            }
            return run(op, request);
        });
    }

    /** Reads the body into the operation's request record, runs it and writes its result as JSON. */
    private <R, S> Uni<AwsResponse> run(RpcOperation<EventsCall, R, S> op, AwsRequest request) {
        R input;
        try {
            byte[] body = request.body().length == 0 ? "{}".getBytes() : request.body();
            input = mapper.readValue(body, op.requestType());
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw EventsErrors.serialization("The request body could not be read: " + reason);
        }
        return op.invoke(new EventsCall(request.accountId(), request.region()), input).map(this::json);
    }

    /** The reply body; an empty result ({@code null}) is written as {@code {}}. */
    private AwsResponse json(Object result) {
        try {
            byte[] body = mapper.writeValueAsBytes(result == null ? Map.of() : result);
            return new AwsResponse(200, Map.of(), body, CONTENT_TYPE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
