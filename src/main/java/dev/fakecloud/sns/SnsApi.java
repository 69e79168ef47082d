package dev.fakecloud.sns;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.fakecloud.gateway.AwsRequest;
import dev.fakecloud.gateway.AwsResponse;
import dev.fakecloud.gateway.AwsServiceHandler;
import dev.fakecloud.gateway.Protocol;
import dev.fakecloud.gateway.RpcOperation;
import dev.fakecloud.gateway.query.FormBody;
import dev.fakecloud.gateway.query.QueryParams;
import dev.fakecloud.gateway.query.QueryXml;
import dev.fakecloud.sns.protocol.SnsQuery;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Amazon SNS on the shared port, in the Query protocol every SDK speaks to it (form-encoded {@code Action=...},
 * XML replies). Also answers the plain GETs of the SubscribeURL and UnsubscribeURL it hands out.
 */
@ApplicationScoped
public class SnsApi implements AwsServiceHandler {

    private final SnsOperations operations;
    private final ObjectMapper mapper;

    public SnsApi(SnsOperations operations, ObjectMapper base) {
        this.operations = operations;
        this.mapper = base.copy()
                .setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        for (LogicalType type : new LogicalType[] {LogicalType.Collection, LogicalType.Map, LogicalType.POJO}) {
            // the Query protocol sends an empty list or map as "Name=" with no value
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsEmpty);
        }
    }

    @Override
    public String signingName() {
        return "sns";
    }

    @Override
    public Protocol protocol() {
        return Protocol.QUERY;
    }

    @Override
    public boolean claimsPath(String rawPath) {
        return false;
    }

    @Override
    public String queryApiVersion() {
        return SnsQuery.VERSION;
    }

    @Override
    public Set<String> queryActions() {
        return operations.names();
    }

    @Override
    public Uni<AwsResponse> handle(AwsRequest request) {
        return Uni.createFrom().deferred(() -> handleQuery(request));
    }

    private Uni<AwsResponse> handleQuery(AwsRequest request) {
        Map<String, List<String>> params = new LinkedHashMap<>(request.query());
        String contentType = request.header("content-type");
        if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
            params.putAll(FormBody.parse(new String(request.body(), StandardCharsets.UTF_8)));
        }
        List<String> actions = params.get("Action");
        if (actions == null || actions.isEmpty()) {
            throw SnsErrors.invalidAction("");
        }
        String action = actions.get(0);
        RpcOperation<SnsCall, ?, ?> op = operations.get(action);
        if (op == null) {
            throw SnsErrors.invalidAction(action);
        }
        return run(op, params, request);
    }

    /** Decodes the parameters into the operation's request record, runs it and writes its result as XML. */
    private <R, S> Uni<AwsResponse> run(RpcOperation<SnsCall, R, S> op, Map<String, List<String>> params,
            AwsRequest request) {
        R input;
        try {
            input = mapper.treeToValue(QueryParams.toJson(mapper, params, QueryParams.Flattened.NONE),
                    op.requestType());
        } catch (IOException e) {
            throw SnsErrors.malformedRequest("The request could not be read: " + e.getMessage());
        }
        SnsCall call = new SnsCall(request.accountId(), request.region(), request.baseUrl());
        return op.invoke(call, input).map(result -> xml(op.name(), result, request.requestId()));
    }

    /** The reply document; an empty result ({@code null}) has no result element. */
    private AwsResponse xml(String action, Object result, String requestId) {
        JsonNode tree = result == null ? null : mapper.valueToTree(result);
        return AwsResponse.of(200, "text/xml", QueryXml.render(action, tree, requestId, SnsQuery.DIALECT));
    }
}
