package dev.fakecloud.s3.store;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import dev.fakecloud.s3.model.MultipartUpload;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/** Multipart uploads in progress, by upload id, in the state store; their parts' bytes are in the BlobStore. */
@Startup
@ApplicationScoped
public class UploadStore {

    private final Table<String, MultipartUpload> uploads;

    public UploadStore(StateStore store) {
        this.uploads = store.table("s3.uploads", String.class, MultipartUpload.class);
    }

    public MultipartUpload get(String uploadId) {
        return uploadId == null ? null : uploads.get(uploadId);
    }

    public void put(MultipartUpload upload) {
        uploads.put(upload.uploadId(), upload);
    }

    public MultipartUpload update(String uploadId, UnaryOperator<MultipartUpload> change) {
        return uploads.update(uploadId, change);
    }

    public MultipartUpload remove(String uploadId) {
        return uploads.remove(uploadId);
    }

    /** The bucket's uploads, by key then initiation. */
    public List<MultipartUpload> inBucket(String bucket) {
        return uploads.values().stream().filter(u -> u.bucket().equals(bucket))
                .sorted(Comparator.comparing(MultipartUpload::key).thenComparing(MultipartUpload::initiated))
                .toList();
    }

    public Collection<MultipartUpload> all() {
        return uploads.values();
    }
}
