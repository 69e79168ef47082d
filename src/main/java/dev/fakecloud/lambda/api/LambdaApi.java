package dev.fakecloud.lambda.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.gateway.AwsRequest;
import dev.fakecloud.gateway.AwsResponse;
import dev.fakecloud.gateway.AwsServiceHandler;
import dev.fakecloud.gateway.Protocol;
import dev.fakecloud.gateway.Reply;
import dev.fakecloud.gateway.UnknownOperationException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * AWS Lambda on the shared port (REST-JSON): one dispatcher over the operation table that the {@link LambdaRoutes}
 * families contribute.
 */
@ApplicationScoped
public class LambdaApi implements AwsServiceHandler {

    private static final Pattern LAMBDA_PATH = Pattern.compile("^/20\\d\\d-\\d\\d-\\d\\d/(functions|layers|resource-policy|"
            + "event-source-mappings|tags|account-settings|code-signing-configs|capacity-providers|durable-execution"
            + "|durable-executions|durable-execution-callbacks)(/.*)?$");

    private final List<RestRoute> table;
    private final ObjectMapper mapper;

    @Inject
    public LambdaApi(Instance<LambdaRoutes> families, LambdaJson json) {
        this(families.stream().flatMap(f -> f.routes().stream()), json.mapper());
    }

    /** A dispatcher over {@code routes}, tried most specific template first, writing models with {@code mapper}. */
    LambdaApi(Stream<RestRoute> routes, ObjectMapper mapper) {
        this.table = routes
                .sorted(Comparator.comparingInt((RestRoute r) -> r.template().specificity()).reversed())
                .toList();
        this.mapper = mapper;
    }

    /** The operation table, for introspection and tests. */
    public List<RestRoute> table() {
        return table;
    }

    @Override
    public String signingName() {
        return "lambda";
    }

    @Override
    public Protocol protocol() {
        return Protocol.REST_JSON;
    }

    @Override
    public boolean claimsPath(String rawPath) {
        return LAMBDA_PATH.matcher(rawPath).matches();
    }

    @Override
    public Uni<AwsResponse> handle(AwsRequest request) {
        for (RestRoute route : table) {
            if (!route.method().equals(request.method())) {
                continue;
            }
            Map<String, String> labels = route.template().match(request.rawPath(), request.query());
            if (labels != null) {
                return invoke(route, new LambdaCall(route.operation(), request, labels, mapper));
            }
        }
        throw new UnknownOperationException("No Lambda operation answers " + request.method() + " "
                + request.rawPath(), 404);
    }

    private Uni<AwsResponse> invoke(RestRoute route, LambdaCall call) {
        Uni<Reply> reply = route.answer(call);
        if (route.worker()) {
            reply = reply.runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
        return reply.map(r -> toResponse(route, r));
    }

    private AwsResponse toResponse(RestRoute route, Reply reply) {
        return switch (reply) {
            case Reply.Model(Record body) -> AwsResponse.json(route.successStatus(), json(body));
            case Reply.Empty() -> AwsResponse.empty(route.successStatus());
            case Reply.Raw(AwsResponse response) -> response;
        };
    }

    private byte[] json(Record body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
