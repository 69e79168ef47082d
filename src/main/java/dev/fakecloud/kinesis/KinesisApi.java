package dev.fakecloud.kinesis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.fakecloud.core.JsonLimits;
import dev.fakecloud.gateway.AwsRequest;
import dev.fakecloud.gateway.AwsResponse;
import dev.fakecloud.gateway.AwsServiceHandler;
import dev.fakecloud.gateway.EventStreamEncoder;
import dev.fakecloud.gateway.Protocol;
import dev.fakecloud.gateway.StreamedResponse;
import dev.fakecloud.gateway.cbor.AwsCbor;
import dev.fakecloud.gateway.cbor.Cbor;
import dev.fakecloud.gateway.cbor.EpochSeconds;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

/**
 * Amazon Kinesis Data Streams on the shared port: AWS JSON 1.1 ({@code X-Amz-Target: Kinesis_20131202.*}) as the CLI
 * and boto3 speak it, and the same protocol with CBOR bodies ({@code application/x-amz-cbor-1.1}) as the AWS SDK for
 * Java v2 speaks it by default. Both decode into the same request records and run the same operation table; replies
 * and errors go back in the caller's encoding. SubscribeToShard answers with an event stream, written as its
 * events happen.
 */
@ApplicationScoped
public class KinesisApi implements AwsServiceHandler {

    static final String TARGET_PREFIX = "Kinesis_20131202";
    private static final String SUBSCRIBE_TO_SHARD = TARGET_PREFIX + ".SubscribeToShard";

    private final KinesisOperations operations;
    private final ObjectMapper json;
    private final ObjectMapper cbor;

    public KinesisApi(KinesisOperations operations, ObjectMapper base) {
        this.operations = operations;
        this.json = configure(JsonLimits.applyTo(base.copy())).registerModule(EpochSeconds.module());
        this.cbor = configure(Cbor.mapper()).registerModule(AwsCbor.timestamps());
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    }

    @Override
    public String signingName() {
        return "kinesis";
    }

    @Override
    public Protocol protocol() {
        return Protocol.JSON_1_1;
    }

    @Override
    public Protocol protocolOf(AwsRequest request) {
        return AwsCbor.declaredBy(request.header("content-type")) ? Protocol.CBOR_1_1 : Protocol.JSON_1_1;
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
        return Uni.createFrom().item(() -> {
            boolean isCbor = protocolOf(request) == Protocol.CBOR_1_1;
            Object result = run(request, isCbor);
            if (result instanceof ShardSubscription) {
                throw new IllegalStateException("SubscribeToShard is answered by handleStreamingReply");
            }
            return reply(result, isCbor);
        });
    }

    /** SubscribeToShard: its reply is an event stream, written as the subscription's events happen. */
    @Override
    public boolean streamsReply(AwsRequest head) {
        return SUBSCRIBE_TO_SHARD.equals(head.header("x-amz-target"));
    }

    @Override
    public Uni<StreamedResponse> handleStreamingReply(AwsRequest request) {
        return Uni.createFrom().item(() -> {
            boolean isCbor = protocolOf(request) == Protocol.CBOR_1_1;
            Object result = run(request, isCbor);
            if (result instanceof ShardSubscription subscription) {
                String payloadType = isCbor ? AwsCbor.CONTENT_TYPE : "application/json";
                return StreamedResponse.chunked(new AwsResponse(200, Map.of(), new byte[0],
                        EventStreamEncoder.CONTENT_TYPE), KinesisEventStream.frames(subscription.events(),
                                isCbor ? cbor : json, payloadType));
            }
            return StreamedResponse.of(reply(result, isCbor));
        });
    }

    /** Decodes the body into the operation's input and runs the operation from the table. */
    private Object run(AwsRequest request, boolean isCbor) {
        String target = request.header("x-amz-target");
        String action = target != null && target.startsWith(TARGET_PREFIX + ".")
                ? target.substring(TARGET_PREFIX.length() + 1) : null;
        KinesisOperation<?> op = action == null ? null : operations.get(action);
        if (op == null) {
            throw KinesisErrors.unknownOperation(target);
        }
        ObjectMapper mapper = isCbor ? cbor : json;
        Object input = input(mapper, request.body(), op, isCbor);
        return op.invoke(new KinesisCall(request.accountId(), request.region()), input);
    }

    private AwsResponse reply(Object result, boolean isCbor) {
        try {
            byte[] body = (isCbor ? cbor : json).writeValueAsBytes(result == null ? Map.of() : result);
            return new AwsResponse(200, Map.of(), body, isCbor ? AwsCbor.CONTENT_TYPE : "application/x-amz-json-1.1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body as the operation's input; an empty body is an empty input. */
    private static Object input(ObjectMapper mapper, byte[] body, KinesisOperation<?> op, boolean isCbor) {
        Object input;
        try {
            if (body.length == 0) {
                input = mapper.convertValue(Map.of(), op.requestType());
            } else {
                input = mapper.readValue(body, op.requestType());
            }
        } catch (MismatchedInputException e) {
            throw KinesisErrors.serialization(e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw KinesisErrors.serialization(isCbor ? "The request body is not valid CBOR: " + e.getOriginalMessage()
                    : "The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw KinesisErrors.serialization(e.getMessage());
        } catch (IOException e) {
            throw KinesisErrors.serialization(e.getMessage());
        }
        if (input == null) {
            throw KinesisErrors.serialization("The request body is null where an object was expected.");
        }
        return input;
    }
}
