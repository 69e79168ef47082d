package dev.fakecloud.s3;

import dev.fakecloud.gateway.StreamedResponse;
import dev.fakecloud.s3.error.S3Errors;
import dev.fakecloud.s3.io.ChecksumAlgorithm;
import dev.fakecloud.s3.model.Checksum;
import dev.fakecloud.s3.model.MultipartUpload;
import dev.fakecloud.s3.model.MultipartUpload.UploadPart;
import dev.fakecloud.s3.model.ObjectVersion;
import dev.fakecloud.s3.model.S3Bucket;
import dev.fakecloud.s3.notify.S3Notifier;
import dev.fakecloud.s3.store.BlobStore;
import dev.fakecloud.s3.store.UploadStore;
import dev.fakecloud.s3.xml.XmlIn;
import dev.fakecloud.s3.xml.XmlOut;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Multipart uploads: create, upload part (streamed), upload part copy, complete (with the {@code md5-of-md5s-N}
 * ETag and composite or full-object checksums), abort, and the part list. Part listing of uploads is in
 * {@link UploadListing}.
 */
@ApplicationScoped
public class MultipartService {

    static final long MIN_PART = 5L * 1024 * 1024;

    private final Buckets buckets;
    private final UploadStore uploads;
    private final BlobStore blobs;
    private final Versions versions;
    private final ObjectService objects;
    private final RequestBodies bodies;
    private final S3Notifier notifier;

    public MultipartService(Buckets buckets, UploadStore uploads, BlobStore blobs, Versions versions,
            ObjectService objects, RequestBodies bodies, S3Notifier notifier) {
        this.buckets = buckets;
        this.uploads = uploads;
        this.blobs = blobs;
        this.versions = versions;
        this.objects = objects;
        this.bodies = bodies;
        this.notifier = notifier;
    }

    Uni<StreamedResponse> create(S3Call call) {
        buckets.require(call.bucket());
        String algorithmName = call.header("x-amz-checksum-algorithm");
        ChecksumAlgorithm algorithm = ChecksumAlgorithm.parse(algorithmName);
        if (algorithmName != null && algorithm == null) {
            throw S3Errors.invalidRequest("Checksum algorithm provided is unsupported. Please try again with any of "
                    + "the valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]");
        }
        String type = call.header("x-amz-checksum-type");
        if (algorithm != null && type == null) {
            type = algorithm == ChecksumAlgorithm.CRC64NVME ? "FULL_OBJECT" : "COMPOSITE";
        }
        if ("FULL_OBJECT".equals(type) && algorithm != null && !algorithm.combinable()) {
            throw S3Errors.invalidRequest("The FULL_OBJECT checksum type cannot be used with the "
                    + algorithm.name().toLowerCase() + " checksum algorithm.");
        }
        MultipartUpload upload = new MultipartUpload(Versions.newVersionId().replace('.', 'x').replace('_', 'y')
                + Versions.newVersionId().replace('.', 'x').replace('_', 'y'), call.bucket(), call.key(),
                Instant.now(), ObjectHeaders.content(call), ObjectHeaders.metadata(call),
                TagSets.fromHeader(call.header("x-amz-tagging")), StorageClasses.check(
                        call.header("x-amz-storage-class")), algorithm == null ? null : algorithm.name(),
                algorithm == null ? null : type, Map.of());
        uploads.put(upload);
        XmlOut xml = XmlOut.document("InitiateMultipartUploadResult").text("Bucket", call.bucket())
                .text("Key", call.key()).text("UploadId", upload.uploadId());
        return Reply.ok().xml(xml).header("x-amz-checksum-algorithm", upload.checksumAlgorithm())
                .header("x-amz-checksum-type", upload.checksumType())
                .header("x-amz-server-side-encryption", "AES256").uni();
    }

    private MultipartUpload require(S3Call call) {
        buckets.require(call.bucket());
        String uploadId = call.query("uploadId");
        MultipartUpload upload = uploads.get(uploadId);
        if (upload == null || !upload.bucket().equals(call.bucket()) || !upload.key().equals(call.key())) {
            throw S3Errors.noSuchUpload(uploadId);
        }
        return upload;
    }

    private static int partNumber(S3Call call) {
        String value = call.query("partNumber");
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= 10000) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw S3Errors.invalidArgument("Part number must be an integer between 1 and 10000, inclusive",
                "partNumber", value);
    }

    Uni<StreamedResponse> uploadPart(S3Call call) {
        MultipartUpload upload = require(call);
        int number = partNumber(call);
        ChecksumAlgorithm algorithm = ChecksumAlgorithm.parse(upload.checksumAlgorithm());
        List<ChecksumAlgorithm> requested = ObjectHeaders.requestedChecksums(call);
        if (algorithm != null && !requested.isEmpty() && requested.get(0) != algorithm) {
            throw S3Errors.invalidRequest("Checksum Type mismatch occurred, expected checksum Type: "
                    + algorithm.name().toLowerCase() + ", actual checksum Type: "
                    + requested.get(0).name().toLowerCase());
        }
        List<ChecksumAlgorithm> computed = algorithm != null ? List.of(algorithm) : requested;
        return objects.receive(call, computed).map(stored -> {
            Reply reply = Reply.ok().header("ETag", "\"" + stored.md5() + "\"")
                    .header("x-amz-server-side-encryption", "AES256");
            String checksum = stored.checksum() == null ? null : stored.checksum().value();
            addPart(upload.uploadId(), new UploadPart(number, stored.blob(), stored.size(), stored.md5(),
                    Instant.now(), algorithm != null ? checksum : null));
            if (stored.checksum() != null) {
                reply.header(ChecksumAlgorithm.parse(stored.checksum().algorithm()).header(), checksum);
            }
            return reply.build();
        });
    }

    private void addPart(String uploadId, UploadPart part) {
        List<String> replaced = new ArrayList<>();
        MultipartUpload after = uploads.update(uploadId, u -> {
            replaced.clear();
            UploadPart old = u.parts().get(part.partNumber());
            if (old != null) {
                replaced.add(old.blob());
            }
            return u.withPart(part);
        });
        if (after == null) {
            blobs.delete(List.of(part.blob()));
            throw S3Errors.noSuchUpload(uploadId);
        }
        blobs.delete(replaced);
    }

    Uni<StreamedResponse> uploadPartCopy(S3Call call) {
        MultipartUpload upload = require(call);
        int number = partNumber(call);
        CopySource source = CopySource.parse(call.header("x-amz-copy-source"));
        buckets.require(source.bucket());
        ObjectVersion src = versions.find(source.bucket(), source.key(), source.versionId(), "GET");
        Conditions.checkCopySource(call, src, "x-amz-copy-source-");
        long first = 0;
        long length = src.size();
        String range = call.header("x-amz-copy-source-range");
        if (range != null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("bytes=(\\d+)-(\\d+)").matcher(range.trim());
            if (!m.matches()) {
                throw S3Errors.invalidArgument("The x-amz-copy-source-range value must be of the form "
                        + "bytes=first-last where first and last are the zero-based offsets of the first and last "
                        + "bytes to copy", "x-amz-copy-source-range", range);
            }
            long last;
            try {
                first = Long.parseLong(m.group(1));
                last = Long.parseLong(m.group(2));
            } catch (NumberFormatException e) {
                first = Long.MAX_VALUE;
                last = Long.MAX_VALUE;
            }
            if (last >= src.size() || first > last) {
                throw S3Errors.of("InvalidRange", "The requested range is not satisfiable", 416, "RangeRequested",
                        range, "ActualObjectSize", Long.toString(src.size()));
            }
            length = last - first + 1;
        }
        ChecksumAlgorithm algorithm = ChecksumAlgorithm.parse(upload.checksumAlgorithm());
        return blobs.concat(List.of(new BlobStore.Region(src.blob(), first, length)), algorithm, true).map(j -> {
            addPart(upload.uploadId(), new UploadPart(number, j.id(), j.size(), j.md5(), Instant.now(),
                    j.checksum()));
            XmlOut xml = XmlOut.document("CopyPartResult").time("LastModified", Instant.now())
                    .text("ETag", "\"" + j.md5() + "\"");
            if (algorithm != null) {
                xml.text(algorithm.xmlName(), j.checksum());
            }
            S3Bucket sourceBucket = buckets.require(source.bucket());
            Reply reply = Reply.ok().xml(xml);
            if (sourceBucket.versioned()) {
                reply.header("x-amz-copy-source-version-id", src.versionId());
            }
            return reply.build();
        });
    }

    Uni<StreamedResponse> complete(S3Call call) {
        MultipartUpload upload = require(call);
        var precondition = Conditions.write(call);
        return bodies.optional(call).flatMap(body -> {
            List<UploadPart> chosen = chosenParts(upload, XmlIn.parse(body));
            MessageDigest md5s = md5();
            List<BlobStore.Region> regions = new ArrayList<>();
            List<Long> sizes = new ArrayList<>();
            for (UploadPart p : chosen) {
                md5s.update(HexFormat.of().parseHex(p.etag()));
                regions.add(BlobStore.Region.all(p.blob()));
                sizes.add(p.size());
            }
            String etag = HexFormat.of().formatHex(md5s.digest()) + "-" + chosen.size();
            ChecksumAlgorithm algorithm = ChecksumAlgorithm.parse(upload.checksumAlgorithm());
            boolean full = algorithm == null || "FULL_OBJECT".equals(upload.checksumType());
            ChecksumAlgorithm computed = algorithm == null ? ChecksumAlgorithm.CRC64NVME : algorithm;
            return blobs.concat(regions, full ? computed : null, false).map(joined -> {
                Checksum checksum = full ? new Checksum(computed.name(), joined.checksum(), "FULL_OBJECT")
                        : new Checksum(algorithm.name(), composite(algorithm, chosen), "COMPOSITE");
                S3Bucket bucket = buckets.require(call.bucket());
                ObjectVersion draft = new ObjectVersion(null, false, joined.id(), joined.size(), etag, Instant.now(),
                        upload.content(), upload.metadata(), upload.tags(), upload.storageClass(), checksum, sizes,
                        null, null);
                ObjectVersion v;
                try {
                    v = versions.put(bucket, call.key(), draft, precondition);
                } catch (RuntimeException e) {
                    blobs.delete(List.of(joined.id()));
                    throw e;
                }
                MultipartUpload done = uploads.remove(upload.uploadId());
                if (done != null) {
                    blobs.delete(done.parts().values().stream().map(UploadPart::blob).toList());
                }
                notifier.publish(ObjectService.created(call, bucket, call.key(), v,
                        "ObjectCreated:CompleteMultipartUpload", "CompleteMultipartUpload"));
                XmlOut xml = XmlOut.document("CompleteMultipartUploadResult")
                        .text("Location", call.request().baseUrl() + "/" + call.bucket() + "/" + call.key())
                        .text("Bucket", call.bucket()).text("Key", call.key()).text("ETag", v.quotedEtag());
                if (algorithm != null) {
                    xml.text(algorithm.xmlName(), checksum.value()).text("ChecksumType", checksum.type());
                }
                Reply reply = Reply.ok().xml(xml).header("x-amz-server-side-encryption", "AES256");
                if (bucket.versioned()) {
                    reply.header("x-amz-version-id", v.versionId());
                }
                return reply.build();
            });
        });
    }

    /** The parts a completion names, checked as S3 checks them: order, existence, ETags, sizes. */
    private static List<UploadPart> chosenParts(MultipartUpload upload, Element root) {
        List<Element> listed = XmlIn.children(root, "Part");
        if (listed.isEmpty()) {
            throw S3Errors.malformedXml();
        }
        List<UploadPart> chosen = new ArrayList<>();
        int previous = 0;
        for (Element e : listed) {
            String numberText = XmlIn.text(e, "PartNumber");
            String etag = XmlIn.text(e, "ETag");
            int number;
            try {
                number = Integer.parseInt(numberText.trim());
            } catch (RuntimeException ex) {
                throw S3Errors.malformedXml();
            }
            if (number <= previous) {
                throw S3Errors.invalidPartOrder(upload.uploadId());
            }
            previous = number;
            UploadPart part = upload.parts().get(number);
            if (part == null || etag == null || !Conditions.strip(etag).equals(part.etag())) {
                throw S3Errors.invalidPart(upload.uploadId(), number, etag == null ? null : Conditions.strip(etag));
            }
            chosen.add(part);
        }
        for (int i = 0; i < chosen.size() - 1; i++) {
            UploadPart p = chosen.get(i);
            if (p.size() < MIN_PART) {
                throw S3Errors.entityTooSmall(p.size(), p.partNumber(), p.etag());
            }
        }
        return chosen;
    }

    private static String composite(ChecksumAlgorithm algorithm, List<UploadPart> parts) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (UploadPart p : parts) {
            if (p.checksum() != null) {
                all.writeBytes(Base64.getDecoder().decode(p.checksum()));
            }
        }
        return algorithm.of(all.toByteArray()) + "-" + parts.size();
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Uni<StreamedResponse> abort(S3Call call) {
        MultipartUpload upload = require(call);
        MultipartUpload removed = uploads.remove(upload.uploadId());
        if (removed != null) {
            blobs.delete(removed.parts().values().stream().map(UploadPart::blob).toList());
        }
        return Reply.status(204).uni();
    }

    Uni<StreamedResponse> listParts(S3Call call) {
        MultipartUpload upload = require(call);
        int max = Limits.intParam(call, "max-parts", 1000, 0, 1000);
        int marker = Limits.intParam(call, "part-number-marker", 0, 0, Integer.MAX_VALUE);
        List<UploadPart> parts = upload.parts().values().stream().filter(p -> p.partNumber() > marker)
                .sorted(java.util.Comparator.comparingInt(UploadPart::partNumber)).toList();
        boolean truncated = parts.size() > max;
        List<UploadPart> page = truncated ? parts.subList(0, max) : parts;
        XmlOut xml = XmlOut.document("ListPartsResult").text("Bucket", upload.bucket()).text("Key", upload.key())
                .text("UploadId", upload.uploadId()).text("PartNumberMarker", marker)
                .text("NextPartNumberMarker", page.isEmpty() ? 0 : page.get(page.size() - 1).partNumber())
                .text("MaxParts", max).text("IsTruncated", truncated)
                .text("StorageClass", upload.storageClass() == null ? "STANDARD" : upload.storageClass())
                .text("ChecksumAlgorithm", upload.checksumAlgorithm()).text("ChecksumType", upload.checksumType());
        Owner.write(xml.start("Initiator").text("ID", Owner.canonicalId(call.accountId()))
                .text("DisplayName", "webfile").end(), call.accountId());
        ChecksumAlgorithm algorithm = ChecksumAlgorithm.parse(upload.checksumAlgorithm());
        for (UploadPart p : page) {
            xml.start("Part").text("PartNumber", p.partNumber()).time("LastModified", p.lastModified())
                    .text("ETag", "\"" + p.etag() + "\"").text("Size", p.size());
            if (algorithm != null) {
                xml.text(algorithm.xmlName(), p.checksum());
            }
            xml.end();
        }
        return Reply.ok().xml(xml).uni();
    }
}
