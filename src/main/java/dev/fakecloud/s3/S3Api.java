package dev.fakecloud.s3;

import dev.fakecloud.gateway.AwsRequest;
import dev.fakecloud.gateway.Protocol;
import dev.fakecloud.gateway.StreamedResponse;
import dev.fakecloud.gateway.StreamingServiceHandler;
import dev.fakecloud.s3.error.S3Errors;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Amazon S3 on the shared port, over REST-XML, with bodies streamed both ways: requests signed for {@code s3}
 * (SigV4 headers or presigned URLs; signatures are not checked) and requests to a virtual host
 * ({@code <bucket>.localhost}, {@code <bucket>.s3.<domain>}). The bucket and key come from the host or the path;
 * the operation from the table.
 */
@ApplicationScoped
public class S3Api implements StreamingServiceHandler {

    private final S3Operations operations;

    public S3Api(S3Operations operations) {
        this.operations = operations;
    }

    @Override
    public String signingName() {
        return "s3";
    }

    @Override
    public Protocol protocol() {
        return Protocol.REST_XML;
    }

    @Override
    public boolean claimsPath(String rawPath) {
        return false;
    }

    @Override
    public boolean claimsHost(String host) {
        return Addressing.bucketOf(host) != null;
    }

    @Override
    public Uni<StreamedResponse> handle(AwsRequest request, ReadStream<Buffer> body) {
        Addressing.Target target = Addressing.of(request.header("host"), request.rawPath());
        S3Call call = new S3Call(request, target.bucket(), target.key(), body);
        S3Operation op = operations.find(call);
        if (op == null) {
            throw S3Errors.unknownOperation(request.method());
        }
        return op.handler().apply(call).map(r -> r.withHead(
                r.head().withHeader("x-amz-request-id", request.requestId())
                        .withHeader("x-amz-id-2", request.requestId())));
    }
}
