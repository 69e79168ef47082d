package dev.fakecloud.s3;

import dev.fakecloud.gateway.StreamedResponse;
import dev.fakecloud.s3.error.S3Errors;
import dev.fakecloud.s3.model.ObjectEntry;
import dev.fakecloud.s3.model.ObjectVersion;
import dev.fakecloud.s3.model.S3Bucket;
import dev.fakecloud.s3.store.ObjectStore;
import dev.fakecloud.s3.xml.XmlOut;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** ListObjects, ListObjectsV2 and ListObjectVersions: prefix, delimiter, common prefixes, markers and tokens. */
@ApplicationScoped
public class ListingService {

    private final Buckets buckets;
    private final ObjectStore objects;

    public ListingService(Buckets buckets, ObjectStore objects) {
        this.buckets = buckets;
        this.objects = objects;
    }

    /** One page of items and whether more follow. */
    private record Page(List<KeyWalk.Item> items, boolean truncated) {
        String lastName() {
            return items.isEmpty() ? null : items.get(items.size() - 1).name();
        }
    }

    private Page page(String bucket, String prefix, String delimiter, String marker, int max) {
        KeyWalk walk = new KeyWalk(objects, bucket, prefix, delimiter, marker,
                e -> e.current() != null && !e.current().deleteMarker());
        List<KeyWalk.Item> items = new ArrayList<>();
        while (items.size() < max && walk.hasNext()) {
            items.add(walk.next());
        }
        return new Page(items, walk.hasNext());
    }

    private static boolean urlEncoding(S3Call call) {
        String type = call.query("encoding-type");
        if (type == null) {
            return false;
        }
        if (!type.equals("url")) {
            throw S3Errors.invalidArgument("Invalid Encoding Method specified in Request", "encoding-type", type);
        }
        return true;
    }

    static String encode(String value, boolean url) {
        return value == null || !url ? value
                : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%2F", "/").replace("%7E", "~");
    }

    Uni<StreamedResponse> listV2(S3Call call) {
        S3Bucket bucket = buckets.require(call.bucket());
        boolean url = urlEncoding(call);
        int max = Limits.intParam(call, "max-keys", 1000, 0, 1000);
        String prefix = call.query("prefix");
        String delimiter = call.query("delimiter");
        String token = call.query("continuation-token");
        if (token != null && token.isEmpty()) {
            throw S3Errors.invalidArgument("The continuation token provided is incorrect", "continuation-token",
                    token);
        }
        String startAfter = call.query("start-after");
        String marker = token != null ? BucketService.decodeToken(token) : startAfter;
        Page page = page(bucket.name(), prefix, delimiter, marker, max);
        boolean owner = "true".equals(call.query("fetch-owner"));
        XmlOut xml = XmlOut.document("ListBucketResult").text("Name", bucket.name())
                .text("Prefix", encode(prefix == null ? "" : prefix, url)).text("MaxKeys", max)
                .text("KeyCount", page.items().size()).text("IsTruncated", page.truncated());
        xml.text("Delimiter", encode(delimiter, url)).text("ContinuationToken", token)
                .text("StartAfter", encode(startAfter, url)).text("EncodingType", url ? "url" : null);
        if (page.truncated()) {
            xml.text("NextContinuationToken", BucketService.encodeToken(page.lastName()));
        }
        contents(xml, call, page, url, owner);
        return Reply.ok().xml(xml).uni();
    }

    Uni<StreamedResponse> listV1(S3Call call) {
        S3Bucket bucket = buckets.require(call.bucket());
        boolean url = urlEncoding(call);
        int max = Limits.intParam(call, "max-keys", 1000, 0, 1000);
        String prefix = call.query("prefix");
        String delimiter = call.query("delimiter");
        String marker = call.query("marker");
        Page page = page(bucket.name(), prefix, delimiter, marker, max);
        XmlOut xml = XmlOut.document("ListBucketResult").text("Name", bucket.name())
                .text("Prefix", encode(prefix == null ? "" : prefix, url))
                .text("Marker", encode(marker == null ? "" : marker, url)).text("MaxKeys", max)
                .text("Delimiter", encode(delimiter, url)).text("IsTruncated", page.truncated())
                .text("EncodingType", url ? "url" : null);
        if (page.truncated() && delimiter != null && !delimiter.isEmpty()) {
            xml.text("NextMarker", encode(page.lastName(), url));
        }
        contents(xml, call, page, url, true);
        return Reply.ok().xml(xml).uni();
    }

    private static void contents(XmlOut xml, S3Call call, Page page, boolean url, boolean owner) {
        List<String> prefixes = new ArrayList<>();
        for (KeyWalk.Item item : page.items()) {
            if (item.commonPrefix() != null) {
                prefixes.add(item.commonPrefix());
                continue;
            }
            ObjectVersion v = item.entry().current();
            xml.start("Contents").text("Key", encode(item.entry().key(), url)).time("LastModified", v.lastModified())
                    .text("ETag", v.quotedEtag());
            checksum(xml, v);
            xml.text("Size", v.size()).text("StorageClass", v.storageClass() == null ? "STANDARD" : v.storageClass());
            if (owner) {
                Owner.write(xml, call.accountId());
            }
            xml.end();
        }
        for (String p : prefixes) {
            xml.start("CommonPrefixes").text("Prefix", encode(p, url)).end();
        }
    }

    private static void checksum(XmlOut xml, ObjectVersion v) {
        if (v.checksum() != null) {
            xml.text("ChecksumAlgorithm", v.checksum().algorithm()).text("ChecksumType", v.checksum().type());
        }
    }

    Uni<StreamedResponse> listVersions(S3Call call) {
        S3Bucket bucket = buckets.require(call.bucket());
        boolean url = urlEncoding(call);
        int max = Limits.intParam(call, "max-keys", 1000, 0, 1000);
        String prefix = call.query("prefix");
        String delimiter = call.query("delimiter");
        String keyMarker = call.query("key-marker");
        String versionMarker = call.query("version-id-marker");
        if (versionMarker != null && !versionMarker.isEmpty() && (keyMarker == null || keyMarker.isEmpty())) {
            throw S3Errors.invalidArgument("A version-id marker cannot be specified without a key marker.",
                    "version-id-marker", versionMarker);
        }
        XmlOut xml = XmlOut.document("ListVersionsResult").text("Name", bucket.name())
                .text("Prefix", encode(prefix == null ? "" : prefix, url))
                .text("KeyMarker", encode(keyMarker == null ? "" : keyMarker, url))
                .text("VersionIdMarker", versionMarker == null ? "" : versionMarker).text("MaxKeys", max)
                .text("Delimiter", encode(delimiter, url)).text("EncodingType", url ? "url" : null);
        List<String> prefixes = new ArrayList<>();

        int count = 0;
        String nextKey = null;
        String nextVersion = null;
        boolean truncated = false;
        List<ObjectVersion> resumed = resumeAt(bucket.name(), keyMarker, versionMarker);
        KeyWalk walk = new KeyWalk(objects, bucket.name(), prefix, delimiter, keyMarker, e -> true);
        List<Object[]> rows = new ArrayList<>();
        if (resumed != null) {
            for (ObjectVersion v : resumed) {
                rows.add(new Object[] {keyMarker, v, false});
            }
        }
        outer:
        while (true) {
            for (Object[] row : rows) {
                if (count == max) {
                    truncated = true;
                    break outer;
                }
                count++;
                if (row[1] instanceof String common) {
                    prefixes.add(common);
                    nextKey = common;
                    nextVersion = null;
                } else {
                    ObjectVersion v = (ObjectVersion) row[1];
                    version(xml, call, (String) row[0], v, (Boolean) row[2], url);
                    nextKey = (String) row[0];
                    nextVersion = v.versionId();
                }
            }
            rows.clear();
            if (!walk.hasNext()) {
                break;
            }
            KeyWalk.Item item = walk.next();
            if (item.commonPrefix() != null) {
                rows.add(new Object[] {item.commonPrefix(), item.commonPrefix(), false});
            } else {
                ObjectEntry e = item.entry();
                for (int i = 0; i < e.versions().size(); i++) {
                    rows.add(new Object[] {e.key(), e.versions().get(i), i == 0});
                }
            }
        }
        xml.text("IsTruncated", truncated);
        if (truncated) {
            xml.text("NextKeyMarker", encode(nextKey, url)).text("NextVersionIdMarker", nextVersion);
        }
        for (String p : prefixes) {
            xml.start("CommonPrefixes").text("Prefix", encode(p, url)).end();
        }
        return Reply.ok().xml(xml).uni();
    }

    /** The versions of the key marker after the version marker (null when not resuming inside a key). */
    private List<ObjectVersion> resumeAt(String bucket, String keyMarker, String versionMarker) {
        if (keyMarker == null || keyMarker.isEmpty() || versionMarker == null || versionMarker.isEmpty()) {
            return null;
        }
        ObjectEntry entry = objects.get(bucket, keyMarker);
        if (entry == null) {
            return List.of();
        }
        List<ObjectVersion> after = new ArrayList<>();
        boolean seen = false;
        for (ObjectVersion v : entry.versions()) {
            if (seen) {
                after.add(v);
            }
            seen |= v.versionId().equals(versionMarker);
        }
        return after;
    }

    private static void version(XmlOut xml, S3Call call, String key, ObjectVersion v, boolean latest, boolean url) {
        xml.start(v.deleteMarker() ? "DeleteMarker" : "Version").text("Key", encode(key, url))
                .text("VersionId", v.versionId()).text("IsLatest", latest).time("LastModified", v.lastModified());
        if (!v.deleteMarker()) {
            xml.text("ETag", v.quotedEtag());
            checksum(xml, v);
            xml.text("Size", v.size()).text("StorageClass", v.storageClass() == null ? "STANDARD" : v.storageClass());
        }
        Owner.write(xml, call.accountId());
        xml.end();
    }
}
