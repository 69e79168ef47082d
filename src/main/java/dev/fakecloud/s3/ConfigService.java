package dev.fakecloud.s3;

import dev.fakecloud.gateway.StreamedResponse;
import dev.fakecloud.s3.error.S3Errors;
import dev.fakecloud.s3.model.S3Bucket;
import dev.fakecloud.s3.xml.XmlIn;
import dev.fakecloud.s3.xml.XmlOut;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bucket configurations kept as the documents the caller sent and given back as they were (CORS, lifecycle,
 * encryption, website, logging, replication, analytics, metrics, ...), the bucket policy, and versioning.
 */
@ApplicationScoped
public class ConfigService {

    private final Buckets buckets;
    private final RequestBodies bodies;

    public ConfigService(Buckets buckets, RequestBodies bodies) {
        this.buckets = buckets;
        this.bodies = bodies;
    }

    Uni<StreamedResponse> put(S3Call call, StoredConfig config) {
        buckets.require(call.bucket());
        String id = config.perId() ? requireId(call) : null;
        return bodies.optional(call).map(body -> {
            XmlIn.parse(body);
            String xml = new String(body, StandardCharsets.UTF_8);
            buckets.change(call.bucket(), b -> b.withConfig(key(config, id), xml));
            return Reply.ok().build();
        });
    }

    Uni<StreamedResponse> get(S3Call call, StoredConfig config) {
        S3Bucket bucket = buckets.require(call.bucket());
        String id = config.perId() ? requireId(call) : null;
        String xml = bucket.configs().get(key(config, id));
        if (xml == null) {
            if (config.defaultXml() == null) {
                throw config.missing(bucket.name());
            }
            xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + config.defaultXml();
        }
        return Reply.ok().bytes(xml.getBytes(StandardCharsets.UTF_8), "application/xml").uni();
    }

    Uni<StreamedResponse> delete(S3Call call, StoredConfig config) {
        buckets.require(call.bucket());
        String id = config.perId() ? requireId(call) : null;
        if (id != null && buckets.require(call.bucket()).configs().get(key(config, id)) == null) {
            throw config.missing(call.bucket());
        }
        buckets.change(call.bucket(), b -> b.withConfig(key(config, id), null));
        return Reply.status(204).uni();
    }

    /** The configurations kept per id, in id order, in one page. */
    Uni<StreamedResponse> list(S3Call call, StoredConfig config) {
        S3Bucket bucket = buckets.require(call.bucket());
        Map<String, String> found = new TreeMap<>();
        String prefix = config.subresource() + "/";
        bucket.configs().forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                found.put(k, v);
            }
        });
        XmlOut xml = XmlOut.document(config.listRoot()).text("IsTruncated", false);
        for (String document : found.values()) {
            xml.start(config.element()).raw(XmlIn.inner(XmlIn.parse(document.getBytes(StandardCharsets.UTF_8))))
                    .end();
        }
        return Reply.ok().xml(xml).uni();
    }

    private static String key(StoredConfig config, String id) {
        return id == null ? config.subresource() : config.subresource() + "/" + id;
    }

    private static String requireId(S3Call call) {
        String id = call.query("id");
        if (id == null || id.isEmpty()) {
            throw S3Errors.invalidArgument("Missing required parameter: id", "id", null);
        }
        return id;
    }

    Uni<StreamedResponse> putPolicy(S3Call call) {
        buckets.require(call.bucket());
        return bodies.optional(call).map(body -> {
            String policy = new String(body, StandardCharsets.UTF_8).trim();
            if (!policy.startsWith("{")) {
                throw S3Errors.malformedPolicy("Policies must be valid JSON and the first byte must be '{'");
            }
            buckets.change(call.bucket(), b -> b.withPolicy(policy));
            return Reply.status(204).build();
        });
    }

    Uni<StreamedResponse> getPolicy(S3Call call) {
        S3Bucket bucket = buckets.require(call.bucket());
        if (bucket.policy() == null) {
            throw S3Errors.of("NoSuchBucketPolicy", "The bucket policy does not exist", 404, "BucketName",
                    bucket.name());
        }
        return Reply.ok().bytes(bucket.policy().getBytes(StandardCharsets.UTF_8), "application/json").uni();
    }

    Uni<StreamedResponse> policyStatus(S3Call call) {
        S3Bucket bucket = buckets.require(call.bucket());
        if (bucket.policy() == null) {
            throw S3Errors.of("NoSuchBucketPolicy", "The bucket policy does not exist", 404, "BucketName",
                    bucket.name());
        }
        return Reply.ok().xml(XmlOut.document("PolicyStatus").text("IsPublic", false)).uni();
    }

    Uni<StreamedResponse> deletePolicy(S3Call call) {
        buckets.change(call.bucket(), b -> b.withPolicy(null));
        return Reply.status(204).uni();
    }

    Uni<StreamedResponse> putVersioning(S3Call call) {
        buckets.require(call.bucket());
        return bodies.optional(call).map(body -> {
            String status = XmlIn.text(XmlIn.parse(body), "Status");
            if (status == null) {
                throw S3Errors.of("IllegalVersioningConfigurationException", "The Versioning element must be "
                        + "specified", 400);
            }
            if (!status.equals("Enabled") && !status.equals("Suspended")) {
                throw S3Errors.malformedXml();
            }
            S3Bucket bucket = buckets.require(call.bucket());
            if (status.equals("Suspended") && bucket.configs().containsKey("object-lock")) {
                throw S3Errors.of("InvalidBucketState", "An Object Lock configuration is present on this bucket, so "
                        + "the versioning state cannot be changed.", 409);
            }
            buckets.change(call.bucket(), b -> b.withVersioning(status));
            return Reply.ok().build();
        });
    }

    Uni<StreamedResponse> getVersioning(S3Call call) {
        S3Bucket bucket = buckets.require(call.bucket());
        return Reply.ok().xml(XmlOut.document("VersioningConfiguration").text("Status", bucket.versioning())).uni();
    }
}
