package dev.fakecloud.logs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.core.JsonLimits;
import dev.fakecloud.gateway.AwsRequest;
import dev.fakecloud.gateway.AwsResponse;
import dev.fakecloud.gateway.AwsServiceHandler;
import dev.fakecloud.gateway.EventStreamEncoder;
import dev.fakecloud.gateway.StreamedResponse;
import dev.fakecloud.logs.model.LiveTailShapes.StartLiveTailRequest;
import dev.fakecloud.gateway.Protocol;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Amazon CloudWatch Logs on the shared port, in AWS JSON 1.1 ({@code X-Amz-Target: Logs_20140328.<Operation>}).
 * Bodies are read within {@link JsonLimits}; lists and maps are dense (a {@code null} inside one does not
 * deserialize).
 */
@ApplicationScoped
public class LogsApi implements AwsServiceHandler {

    static final String TARGET_PREFIX = "Logs_20140328";
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    static final String START_LIVE_TAIL = TARGET_PREFIX + ".StartLiveTail";

    private final LogsOperations operations;
    private final LiveTailService liveTail;
    private final ObjectMapper mapper;

    public LogsApi(LogsOperations operations, LiveTailService liveTail, ObjectMapper base) {
        this.operations = operations;
        this.liveTail = liveTail;
        this.mapper = JsonLimits.applyTo(base.copy())
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    }

    @Override
    public String signingName() {
        return "logs";
    }

    @Override
    public Protocol protocol() {
        return Protocol.JSON_1_1;
    }

    @Override
    public Set<String> targetPrefixes() {
        return Set.of(TARGET_PREFIX);
    }

    @Override
    public boolean claimsPath(String rawPath) {
        return false;
    }

    @Override
    public Uni<AwsResponse> handle(AwsRequest request) {
        return Uni.createFrom().item(() -> handleJson(request));
    }

    /** StartLiveTail: its reply is an event stream, written as the session's updates come. */
    @Override
    public boolean streamsReply(AwsRequest head) {
        return START_LIVE_TAIL.equals(head.header("x-amz-target"));
    }

    @Override
    public Uni<StreamedResponse> handleStreamingReply(AwsRequest request) {
        return Uni.createFrom().item(() -> {
            StartLiveTailRequest input = read(request, StartLiveTailRequest.class);
            var messages = liveTail.start(new LogsCall(request.accountId(), request.region()), input,
                    request.requestId());
            return StreamedResponse.chunked(new AwsResponse(200, Map.of(), new byte[0],
                    EventStreamEncoder.CONTENT_TYPE), LiveTailEventStream.frames(messages, mapper));
        });
    }

    private <T> T read(AwsRequest request, Class<T> type) {
        T input;
        try {
            byte[] body = request.body();
            input = mapper.readValue(body.length == 0 ? EMPTY_OBJECT : body, type);
        } catch (JsonProcessingException e) {
            throw LogsErrors.serialization(e.getOriginalMessage());
        } catch (IOException e) {
            throw LogsErrors.serialization(e.getMessage());
        }
        if (input == null) {
            throw LogsErrors.serialization("The request body is null where a structure was expected.");
        }
        return input;
    }

    private AwsResponse handleJson(AwsRequest request) {
        String target = request.header("x-amz-target");
        if (target == null) {
            throw LogsErrors.unknownOperation(null);
        }
        String action = target.startsWith(TARGET_PREFIX + ".") ? target.substring(TARGET_PREFIX.length() + 1) : "";
        LogsOperation<?> op = operations.get(action);
        if (op == null) {
            throw LogsErrors.unknownOperation(target);
        }
        Object input = read(request, op.requestType());
        Object result = op.invoke(new LogsCall(request.accountId(), request.region()), input);
        try {
            return new AwsResponse(200, Map.of(), mapper.writeValueAsBytes(result == null ? Map.of() : result),
                    "application/x-amz-json-1.1");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
