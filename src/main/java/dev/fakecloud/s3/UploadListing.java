package dev.fakecloud.s3;

import dev.fakecloud.gateway.StreamedResponse;
import dev.fakecloud.s3.model.MultipartUpload;
import dev.fakecloud.s3.store.UploadStore;
import dev.fakecloud.s3.xml.XmlOut;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** ListMultipartUploads: a bucket's uploads in progress by key and start, with prefix, delimiter and markers. */
@ApplicationScoped
public class UploadListing {

    private final Buckets buckets;
    private final UploadStore uploads;

    public UploadListing(Buckets buckets, UploadStore uploads) {
        this.buckets = buckets;
        this.uploads = uploads;
    }

    Uni<StreamedResponse> list(S3Call call) {
        buckets.require(call.bucket());
        int max = Limits.intParam(call, "max-uploads", 1000, 0, 1000);
        String prefix = call.query("prefix") == null ? "" : call.query("prefix");
        String delimiter = call.query("delimiter");
        String keyMarker = call.query("key-marker");
        String uploadMarker = call.query("upload-id-marker");
        List<MultipartUpload> page = new ArrayList<>();
        Set<String> prefixes = new LinkedHashSet<>();
        boolean truncated = false;
        String last = null;
        String lastUpload = null;
        boolean passedMarker = uploadMarker == null || uploadMarker.isEmpty();
        for (MultipartUpload u : uploads.inBucket(call.bucket())) {
            if (!u.key().startsWith(prefix)) {
                continue;
            }
            if (keyMarker != null && !keyMarker.isEmpty()) {
                int c = u.key().compareTo(keyMarker);
                if (c < 0 || c == 0 && (uploadMarker == null || uploadMarker.isEmpty())) {
                    continue;
                }
                if (c == 0 && !passedMarker) {
                    passedMarker = u.uploadId().equals(uploadMarker);
                    continue;
                }
            }
            String common = null;
            if (delimiter != null && !delimiter.isEmpty()) {
                int at = u.key().indexOf(delimiter, prefix.length());
                common = at >= 0 ? u.key().substring(0, at + delimiter.length()) : null;
            }
            if (common != null && prefixes.contains(common)) {
                continue;
            }
            if (page.size() + prefixes.size() >= max) {
                truncated = true;
                break;
            }
            if (common != null) {
                prefixes.add(common);
                last = common;
                lastUpload = null;
            } else {
                page.add(u);
                last = u.key();
                lastUpload = u.uploadId();
            }
        }
        XmlOut xml = XmlOut.document("ListMultipartUploadsResult").text("Bucket", call.bucket())
                .text("KeyMarker", keyMarker == null ? "" : keyMarker)
                .text("UploadIdMarker", uploadMarker == null ? "" : uploadMarker)
                .text("NextKeyMarker", truncated ? last : null).text("NextUploadIdMarker", truncated ? lastUpload : null)
                .text("Prefix", prefix).text("Delimiter", delimiter).text("MaxUploads", max)
                .text("IsTruncated", truncated);
        for (MultipartUpload u : page) {
            xml.start("Upload").text("Key", u.key()).text("UploadId", u.uploadId());
            xml.start("Initiator").text("ID", Owner.canonicalId(call.accountId())).text("DisplayName", "webfile").end();
            Owner.write(xml, call.accountId());
            xml.text("StorageClass", u.storageClass() == null ? "STANDARD" : u.storageClass())
                    .time("Initiated", u.initiated()).text("ChecksumAlgorithm", u.checksumAlgorithm())
                    .text("ChecksumType", u.checksumType()).end();
        }
        prefixes.forEach(p -> xml.start("CommonPrefixes").text("Prefix", p).end());
        return Reply.ok().xml(xml).uni();
    }
}
