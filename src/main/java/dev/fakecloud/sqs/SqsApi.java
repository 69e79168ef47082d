package dev.fakecloud.sqs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
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
 * and Query (form-encoded {@code Action=...}, XML replies), including path-style queue URLs.
 */
@ApplicationScoped
public class SqsApi implements AwsServiceHandler {

    private static final Pattern QUEUE_PATH = Pattern.compile("^/\\d{12}/[A-Za-z0-9_.-]{1,80}/?$");
    private static final String TARGET_PREFIX = "AmazonSQS.";

    private final SqsOperations operations;
    private final ObjectMapper mapper;

    public SqsApi(SqsOperations operations, ObjectMapper base) {
        this.operations = operations;
        this.mapper = base.copy()
                .setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
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
        Object input;
        try {
            byte[] body = request.body().length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : request.body();
            input = mapper.readValue(body, op.requestType());
        } catch (IOException e) {
            throw SqsErrors.malformedInput("The request body could not be read: " + e.getMessage());
        }
        return run(op, call(request), input).map(result -> jsonResponse(result));
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
        } catch (IOException e) {
            throw SqsErrors.malformedInput("The request could not be read: " + e.getMessage());
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
