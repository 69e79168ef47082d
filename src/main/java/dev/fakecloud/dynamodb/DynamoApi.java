package dev.fakecloud.dynamodb;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.fakecloud.core.JsonLimits;
import dev.fakecloud.dynamodb.model.DynamoErrors;
import dev.fakecloud.dynamodb.model.DynamoException;
import dev.fakecloud.gateway.AwsRequest;
import dev.fakecloud.gateway.AwsResponse;
import dev.fakecloud.gateway.AwsServiceHandler;
import dev.fakecloud.gateway.Protocol;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * DynamoDB and DynamoDB Streams on the shared port, in AWS JSON 1.0: {@code X-Amz-Target: DynamoDB_20120810.*} and
 * {@code DynamoDBStreams_20120810.*}. Both sign as {@code dynamodb}, so one handler answers both.
 */
@ApplicationScoped
public class DynamoApi implements AwsServiceHandler {

    static final String DYNAMODB = "DynamoDB_20120810";
    static final String STREAMS = "DynamoDBStreams_20120810";
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    private final DynamoOperations operations;
    private final ObjectMapper mapper;

    public DynamoApi(DynamoOperations operations, ObjectMapper base) {
        this.operations = operations;
        this.mapper = JsonLimits.applyTo(base.copy())
                .setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    @Override
    public String signingName() {
        return "dynamodb";
    }

    @Override
    public Protocol protocol() {
        return Protocol.JSON_1_0;
    }

    @Override
    public Set<String> targetPrefixes() {
        return Set.of(DYNAMODB, STREAMS);
    }

    @Override
    public boolean claimsPath(String rawPath) {
        return false;
    }

    @Override
    public Uni<AwsResponse> handle(AwsRequest request) {
        return Uni.createFrom().deferred(() -> {
            String target = request.header("x-amz-target");
            if (target == null) {
                throw DynamoErrors.unknownOperation(null);
            }
            int dot = target.indexOf('.');
            String prefix = dot < 0 ? target : target.substring(0, dot);
            String action = dot < 0 ? "" : target.substring(dot + 1);
            DynamoOperation<?> op = prefix.equals(STREAMS) ? operations.streams(action) : operations.dynamodb(action);
            if (op == null) {
                throw DynamoErrors.unknownOperation(target);
            }
            DynamoCall call = new DynamoCall(request.accountId(), request.region());
            Object result = op.invoke(call, input(request.body(), op));
            Uni<Object> reply = result instanceof Uni<?> uni ? uni.map(v -> (Object) v)
                    : Uni.createFrom().item(result);
            return reply.map(this::response);
        });
    }

    private Object input(byte[] body, DynamoOperation<?> op) {
        Object input;
        try {
            input = mapper.readValue(body.length == 0 ? EMPTY_OBJECT : body, op.requestType());
        } catch (JsonProcessingException e) {
            DynamoException cause = causeOf(e);
            if (cause != null) {
                throw cause;
            }
            throw DynamoErrors.serialization(e.getOriginalMessage());
        } catch (IOException e) {
            throw DynamoErrors.serialization(e.getMessage());
        }
        if (input == null) {
            throw DynamoErrors.serialization("The request body is the JSON value null where an object was expected.");
        }
        return input;
    }

    /** A rule broken inside an attribute value surfaces wrapped by Jackson; the rule's own error is the answer. */
    private static DynamoException causeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DynamoException d) {
                return d;
            }
        }
        return null;
    }

    private AwsResponse response(Object result) {
        try {
            byte[] body = mapper.writeValueAsBytes(result == null ? Map.of() : result);
            return new AwsResponse(200, Map.of(), body, "application/x-amz-json-1.0");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
