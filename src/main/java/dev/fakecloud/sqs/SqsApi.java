package dev.fakecloud.sqs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.fakecloud.core.JsonLimits;
import dev.fakecloud.gateway.AwsRequest;
import dev.fakecloud.gateway.AwsResponse;
import dev.fakecloud.gateway.AwsServiceHandler;
import dev.fakecloud.gateway.Protocol;
import dev.fakecloud.gateway.query.FormBody;
import dev.fakecloud.sqs.protocol.QueryParams;
import dev.fakecloud.sqs.protocol.QueryXml;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Amazon SQS on the shared port, in both protocols it speaks: AWS JSON 1.0 ({@code X-Amz-Target: AmazonSQS.*})
 * and Query (form-encoded {@code Action=...}, XML replies), including path-style queue URLs. Bodies are read
 * within {@link JsonLimits}; lists and maps are dense (a {@code null} inside one does not deserialize).
 */
@ApplicationScoped
public class SqsApi implements AwsServiceHandler {

    private static final Pattern QUEUE_PATH = Pattern.compile("^/\\d{12}/[A-Za-z0-9_.-]{1,80}/?$");
    private static final String TARGET_PREFIX = "AmazonSQS.";
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    private final SqsOperations operations;
    private final ObjectMapper mapper;

    public SqsApi(SqsOperations operations, ObjectMapper base) {
        this.operations = operations;
        this.mapper = JsonLimits.applyTo(base.copy())
                .setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    }

    @Override
    public String signingName() {
        return "sqs";
    }

    @Override
    public Protocol protocol() {
        return Protocol.JSON_1_0;
    }

    @Override
    public Set<String> targetPrefixes() {
        return Set.of("AmazonSQS");
    }

    @Override
    public Protocol protocolOf(AwsRequest request) {
        return request.header("x-amz-target") != null ? Protocol.JSON_1_0 : Protocol.QUERY;
    }

    @Override
    public boolean claimsPath(String rawPath) {
        return QUEUE_PATH.matcher(rawPath).matches();
    }

    @Override
    public Uni<AwsResponse> handle(AwsRequest request) {
        boolean json = protocolOf(request) == Protocol.JSON_1_0;
        Uni<AwsResponse> reply = Uni.createFrom().deferred(() -> json ? handleJson(request) : handleQuery(request));
        return json ? reply : reply.onFailure(SqsException.class).transform(e -> ((SqsException) e).forQuery());
    }

    private SqsCall call(AwsRequest request) {
        String path = request.rawPath();
        String pathUrl = QUEUE_PATH.matcher(path).matches() ? request.baseUrl() + path : null;
        return new SqsCall(request.accountId(), request.region(), request.baseUrl(), pathUrl);
    }

    private Uni<AwsResponse> handleJson(AwsRequest request) {
        String target = request.header("x-amz-target");
        String action = target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : target;
        SqsOperation<?> op = operation(action);
        return run(op, call(request), jsonInput(request.body(), op)).map(result -> jsonResponse(result));
    }

    /** The JSON 1.0 body as the operation's input; an empty body is an empty input. */
    private Object jsonInput(byte[] body, SqsOperation<?> op) {
        Object input;
        try {
            input = mapper.readValue(body.length == 0 ? EMPTY_OBJECT : body, op.requestType());
        } catch (JsonProcessingException e) {
            throw SqsErrors.serialization(e.getOriginalMessage());
        } catch (IOException e) {
            throw SqsErrors.serialization(e.getMessage());
        }
        if (input == null) {
            throw SqsErrors.serialization("The request body is the JSON value null where an object was expected.");
        }
        return input;
    }

    private AwsResponse jsonResponse(Object result) {
        try {
            byte[] body = mapper.writeValueAsBytes(result == null ? Map.of() : result);
            return new AwsResponse(200, Map.of(), body, "application/x-amz-json-1.0");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Uni<AwsResponse> handleQuery(AwsRequest request) {
        Map<String, List<String>> params = new LinkedHashMap<>(request.query());
        String contentType = request.header("content-type");
        if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
            params.putAll(FormBody.parse(new String(request.body(), StandardCharsets.UTF_8)));
        }
        List<String> actions = params.get("Action");
        if (actions == null || actions.isEmpty()) {
            throw SqsErrors.missingParameter("Action");
        }
        String action = actions.get(0);
        SqsOperation<?> op = operation(action);
        Object input;
        try {
            input = mapper.treeToValue(QueryParams.toJson(mapper, params, action), op.requestType());
        } catch (JsonProcessingException e) {
            throw SqsErrors.malformedInput("The request could not be read: " + e.getOriginalMessage());
        }
        return run(op, call(request), input).map(result -> {
            JsonNode tree = result == null ? null : mapper.valueToTree(result);
            return AwsResponse.of(200, "text/xml", QueryXml.render(action, tree, request.requestId()));
        });
    }

    private SqsOperation<?> operation(String action) {
        SqsOperation<?> op = operations.get(action);
        if (op == null) {
            throw SqsErrors.invalidAction(action);
        }
        return op;
    }

    private static Uni<Object> run(SqsOperation<?> op, SqsCall call, Object input) {
        Object result = op.invoke(call, input);
        if (result instanceof Uni<?> uni) {
            return uni.map(v -> (Object) v);
        }
        return Uni.createFrom().item(result);
    }
}
