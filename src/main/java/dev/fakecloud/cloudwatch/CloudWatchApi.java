package dev.fakecloud.cloudwatch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.fakecloud.cloudwatch.protocol.CloudWatchQuery;
import dev.fakecloud.core.JsonLimits;
import dev.fakecloud.gateway.AwsRequest;
import dev.fakecloud.gateway.AwsResponse;
import dev.fakecloud.gateway.AwsServiceHandler;
import dev.fakecloud.gateway.Protocol;
import dev.fakecloud.gateway.UnknownOperationException;
import dev.fakecloud.gateway.cbor.Cbor;
import dev.fakecloud.gateway.cbor.EpochSeconds;
import dev.fakecloud.gateway.cbor.RpcV2Path;
import dev.fakecloud.gateway.query.FormBody;
import dev.fakecloud.gateway.query.QueryParams;
import dev.fakecloud.gateway.query.QueryXml;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Amazon CloudWatch on the shared port, in the three protocols its model lists: Smithy RPC v2 CBOR (current AWS
 * SDKs, {@code /service/GraniteServiceVersion20100801/operation/<Op>}), AWS JSON 1.0
 * ({@code X-Amz-Target: GraniteServiceVersion20100801.<Op>}) and Query (older SDKs and CLIs, {@code Action=<Op>},
 * XML replies). All three read into the same request records and answer from the same operation table.
 */
@ApplicationScoped
public class CloudWatchApi implements AwsServiceHandler {

    static final String SMITHY_NAME = "GraniteServiceVersion20100801";
    private static final String TARGET_PREFIX = SMITHY_NAME + ".";

    private final CloudWatchOperations operations;
    private final ObjectMapper json;
    private final ObjectMapper cbor;
    private final ObjectMapper query;

    public CloudWatchApi(CloudWatchOperations operations, ObjectMapper base) {
        this.operations = operations;
        this.json = configure(JsonLimits.applyTo(base.copy())).registerModule(EpochSeconds.module());
        this.cbor = configure(Cbor.mapper()).registerModule(new JavaTimeModule()).registerModule(EpochSeconds.module());
        this.query = configure(base.copy()).registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        for (LogicalType type : new LogicalType[] {LogicalType.Collection, LogicalType.Map, LogicalType.POJO}) {
            // the Query protocol sends an empty list or map as "Name=" with no value
            query.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsEmpty);
        }
    }

    private static ObjectMapper configure(ObjectMapper m) {
        return m.setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, false);
    }

    @Override
    public String signingName() {
        return "monitoring";
    }

    @Override
    public Protocol protocol() {
        return Protocol.QUERY;
    }

    @Override
    public Protocol protocolOf(AwsRequest request) {
        if (RpcV2Path.parse(request.rawPath()) != null || Cbor.declaredBy(request.header(Cbor.PROTOCOL_HEADER))) {
            return Protocol.RPC_V2_CBOR;
        }
        return request.header("x-amz-target") != null ? Protocol.JSON_1_0 : Protocol.QUERY;
    }

    @Override
    public Set<String> targetPrefixes() {
        return Set.of(SMITHY_NAME);
    }

    @Override
    public String smithyServiceName() {
        return SMITHY_NAME;
    }

    @Override
    public boolean claimsPath(String rawPath) {
        return false;
    }

    @Override
    public String queryApiVersion() {
        return CloudWatchQuery.VERSION;
    }

    @Override
    public Set<String> queryActions() {
        return operations.names();
    }

    @Override
    public Uni<AwsResponse> handle(AwsRequest request) {
        return Uni.createFrom().item(() -> switch (protocolOf(request)) {
            case RPC_V2_CBOR -> handleCbor(request);
            case JSON_1_0 -> handleJson(request);
            default -> handleQuery(request);
        });
    }

    private static CloudWatchCall call(AwsRequest request) {
        return new CloudWatchCall(request.accountId(), request.region());
    }

    private AwsResponse handleCbor(AwsRequest request) {
        RpcV2Path path = RpcV2Path.parse(request.rawPath());
        if (path == null || !path.service().equals(SMITHY_NAME)) {
            throw new UnknownOperationException("No operation at " + request.rawPath(), 404);
        }
        CloudWatchOperation<?> op = operations.get(path.operation());
        if (op == null) {
            throw new UnknownOperationException("Unknown operation " + path.operation(), 404);
        }
        Object input = read(cbor, request.body(), op);
        try {
            Object result = op.invoke(call(request), input);
            return AwsResponse.cbor(cbor.writeValueAsBytes(result == null ? Map.of() : result));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AwsResponse handleJson(AwsRequest request) {
        String target = request.header("x-amz-target");
        String action = target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : target;
        CloudWatchOperation<?> op = operations.get(action);
        if (op == null) {
            throw new UnknownOperationException("Unknown operation " + target, 400);
        }
        Object input = read(json, request.body(), op);
        try {
            Object result = op.invoke(call(request), input);
            return new AwsResponse(200, Map.of(), json.writeValueAsBytes(result == null ? Map.of() : result),
                    "application/x-amz-json-1.0");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON or CBOR body as the operation's input; an empty body is an empty input. */
    private static Object read(ObjectMapper mapper, byte[] body, CloudWatchOperation<?> op) {
        Object input;
        try {
            input = mapper.readValue(body.length == 0 ? emptyFor(mapper) : body, op.requestType());
        } catch (JsonProcessingException e) {
            throw CloudWatchErrors.serialization(e.getOriginalMessage());
        } catch (IOException e) {
            throw CloudWatchErrors.serialization(e.getMessage());
        }
        if (input == null) {
            throw CloudWatchErrors.serialization("The request body is null where a structure was expected.");
        }
        return input;
    }

    private static byte[] emptyFor(ObjectMapper mapper) throws JsonProcessingException {
        return mapper.writeValueAsBytes(Map.of());
    }

    private AwsResponse handleQuery(AwsRequest request) {
        Map<String, List<String>> params = new LinkedHashMap<>(request.query());
        String contentType = request.header("content-type");
        if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
            params.putAll(FormBody.parse(new String(request.body(), StandardCharsets.UTF_8)));
        }
        List<String> actions = params.get("Action");
        if (actions == null || actions.isEmpty()) {
            throw CloudWatchErrors.missingParameter("Action");
        }
        String action = actions.get(0);
        CloudWatchOperation<?> op = operations.get(action);
        if (op == null) {
            throw CloudWatchErrors.invalidAction(action);
        }
        Object input;
        try {
            input = query.treeToValue(QueryParams.toJson(query, params, QueryParams.Flattened.NONE),
                    op.requestType());
        } catch (JsonProcessingException e) {
            throw CloudWatchErrors.invalidParameterValue("The request could not be read: " + e.getOriginalMessage());
        }
        Object result = op.invoke(call(request), input);
        JsonNode tree = result == null ? null : query.valueToTree(result);
        return AwsResponse.of(200, "text/xml", QueryXml.render(action, tree, request.requestId(),
                CloudWatchQuery.DIALECT));
    }
}
