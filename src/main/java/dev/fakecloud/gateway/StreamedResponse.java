package dev.fakecloud.gateway;

import java.nio.file.Path;

/**
 * The reply of a {@link StreamingServiceHandler}: status and headers (and a small body) as {@link AwsResponse}, and
 * optionally a region of a file sent as the body instead, without passing through the heap.
 */
public record StreamedResponse(AwsResponse head, FileRegion file) {

    /** {@code length} bytes of {@code path} from {@code offset}. */
    public record FileRegion(Path path, long offset, long length) {
    }

    public static StreamedResponse of(AwsResponse response) {
        return new StreamedResponse(response, null);
    }

    public static StreamedResponse file(AwsResponse head, Path path, long offset, long length) {
        return new StreamedResponse(head, new FileRegion(path, offset, length));
    }
}
