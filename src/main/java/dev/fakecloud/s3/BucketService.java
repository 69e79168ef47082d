package dev.fakecloud.s3;

import dev.fakecloud.gateway.StreamedResponse;
import dev.fakecloud.s3.error.S3Errors;
import dev.fakecloud.s3.model.S3Bucket;
import dev.fakecloud.s3.store.BucketStore;
import dev.fakecloud.s3.store.ObjectStore;
import dev.fakecloud.s3.store.UploadStore;
import dev.fakecloud.s3.xml.XmlIn;
import dev.fakecloud.s3.xml.XmlOut;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.w3c.dom.Element;

/** Buckets themselves: create (with a location constraint), head, list with paging, delete when empty, location. */
@ApplicationScoped
public class BucketService {

    private static final String US_EAST_1 = "us-east-1";

    private final BucketStore store;
    private final Buckets buckets;
    private final ObjectStore objects;
    private final UploadStore uploads;
    private final RequestBodies bodies;

    public BucketService(BucketStore store, Buckets buckets, ObjectStore objects, UploadStore uploads,
            RequestBodies bodies) {
        this.store = store;
        this.buckets = buckets;
        this.objects = objects;
        this.uploads = uploads;
        this.bodies = bodies;
    }

    Uni<StreamedResponse> create(S3Call call) {
        BucketNames.check(call.bucket());
        return bodies.optional(call).map(body -> {
            String constraint = null;
            if (body.length > 0) {
                Element root = XmlIn.parse(body);
                constraint = XmlIn.text(root, "LocationConstraint");
                if (constraint != null && constraint.isBlank()) {
                    constraint = null;
                }
            }
            String region = regionFor(call.region(), constraint);
            String acl = call.header("x-amz-acl");
            boolean lock = "true".equalsIgnoreCase(call.header("x-amz-bucket-object-lock-enabled"));
            S3Bucket bucket = new S3Bucket(call.bucket(), call.accountId(), region, Instant.now(),
                    lock ? "Enabled" : null, null, null, null, null, acl);
            if (lock) {
                bucket = bucket.withConfig("object-lock", "<ObjectLockConfiguration xmlns=\"" + XmlOut.NAMESPACE
                        + "\"><ObjectLockEnabled>Enabled</ObjectLockEnabled></ObjectLockConfiguration>");
            }
            S3Bucket existing = store.putIfAbsent(bucket);
            if (existing != null && !(US_EAST_1.equals(existing.region()) && US_EAST_1.equals(region))) {
                throw S3Errors.bucketAlreadyOwnedByYou(call.bucket());
            }
            String location = US_EAST_1.equals(region) ? "/" + call.bucket()
                    : "http://" + call.bucket() + ".s3." + region + ".amazonaws.com/";
            return Reply.ok().header("Location", location).header("x-amz-bucket-arn", bucket.arn()).build();
        });
    }

    /** The region a bucket is created in, by the endpoint's region and the constraint, with S3's errors. */
    private static String regionFor(String endpointRegion, String constraint) {
        if (US_EAST_1.equals(endpointRegion)) {
            if (constraint == null) {
                return US_EAST_1;
            }
            if (constraint.equals(US_EAST_1)) {
                throw S3Errors.invalidLocationConstraint(constraint);
            }
            return "EU".equals(constraint) ? "eu-west-1" : constraint;
        }
        if (constraint == null || !constraint.equals(endpointRegion)) {
            throw S3Errors.illegalLocationConstraint(constraint, endpointRegion);
        }
        return constraint;
    }

    Uni<StreamedResponse> head(S3Call call) {
        S3Bucket bucket = buckets.require(call.bucket());
        return Reply.ok().header("x-amz-bucket-region", bucket.region())
                .header("x-amz-access-point-alias", "false").header("x-amz-bucket-arn", bucket.arn()).uni();
    }

    Uni<StreamedResponse> delete(S3Call call) {
        S3Bucket bucket = buckets.require(call.bucket());
        if (!objects.isEmpty(bucket.name())) {
            throw S3Errors.bucketNotEmpty(bucket.name(), bucket.versioned());
        }
        uploads.inBucket(bucket.name()).forEach(u -> uploads.remove(u.uploadId()));
        store.remove(bucket);
        return Reply.status(204).uni();
    }

    Uni<StreamedResponse> location(S3Call call) {
        S3Bucket bucket = buckets.require(call.bucket());
        XmlOut xml = XmlOut.document("LocationConstraint");
        if (!US_EAST_1.equals(bucket.region())) {
            xml.raw(dev.fakecloud.gateway.query.Xml.escape(bucket.region()));
        }
        return Reply.ok().xml(xml).uni();
    }

    Uni<StreamedResponse> list(S3Call call) {
        int max = Limits.intParam(call, "max-buckets", 10000, 1, 10000);
        String prefix = call.query("prefix");
        String region = call.query("bucket-region");
        String token = call.query("continuation-token");
        String after = token == null || token.isEmpty() ? null : decodeToken(token);
        List<S3Bucket> matching = store.all().stream()
                .filter(b -> b.accountId().equals(call.accountId()))
                .filter(b -> prefix == null || b.name().startsWith(prefix))
                .filter(b -> region == null || b.region().equals(region))
                .filter(b -> after == null || b.name().compareTo(after) > 0)
                .toList();
        boolean truncated = matching.size() > max && call.query("max-buckets") != null;
        List<S3Bucket> page = truncated ? matching.subList(0, max) : matching;
        XmlOut xml = XmlOut.document("ListAllMyBucketsResult");
        Owner.write(xml, call.accountId());
        xml.start("Buckets");
        for (S3Bucket b : page) {
            xml.start("Bucket").text("Name", b.name()).time("CreationDate", b.created())
                    .text("BucketRegion", b.region()).text("BucketArn", b.arn()).end();
        }
        xml.end();
        if (truncated) {
            xml.text("ContinuationToken", encodeToken(page.get(page.size() - 1).name()));
        }
        xml.text("Prefix", prefix);
        return Reply.ok().xml(xml).uni();
    }

    static String encodeToken(String marker) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(marker.getBytes(StandardCharsets.UTF_8));
    }

    static String decodeToken(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw S3Errors.invalidArgument("The continuation token provided is incorrect", "continuation-token",
                    token);
        }
    }
}
