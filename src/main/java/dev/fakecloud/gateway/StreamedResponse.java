package dev.fakecloud.gateway;

import io.smallrye.mutiny.Multi;
import io.vertx.core.buffer.Buffer;
import java.nio.file.Path;

/**
 * The reply of a request served on the HTTP layer (see {@link StreamedExchange}): status and headers (and a small
 * body) as {@link AwsResponse}, and optionally, instead of that body, a region of a file sent without passing
 * through the heap, or chunks written as they are produced (an event stream).
 *
 * @param chunks the body, written chunk by chunk as they come for as long as the stream runs; cancelled when the
 *        client goes away. Null: the head's body (or the file) is the body.
 */
public record StreamedResponse(AwsResponse head, FileRegion file, Multi<Buffer> chunks) {

    /** {@code length} bytes of {@code path} from {@code offset}. */
    public record FileRegion(Path path, long offset, long length) {
    }

    public static StreamedResponse of(AwsResponse response) {
        return new StreamedResponse(response, null, null);
    }

    public static StreamedResponse file(AwsResponse head, Path path, long offset, long length) {
        return new StreamedResponse(head, new FileRegion(path, offset, length), null);
    }

    /** A reply whose body is {@code chunks}, each written (and flushed) the moment it is emitted. */
    public static StreamedResponse chunked(AwsResponse head, Multi<Buffer> chunks) {
        return new StreamedResponse(head, null, chunks);
    }

    /** The same body under another head. */
    public StreamedResponse withHead(AwsResponse newHead) {
        return new StreamedResponse(newHead, file, chunks);
    }
}
