package dev.fakecloud.s3;

import dev.fakecloud.s3.error.S3Errors;
import dev.fakecloud.s3.model.ObjectEntry;
import dev.fakecloud.s3.model.ObjectVersion;
import dev.fakecloud.s3.model.S3Bucket;
import dev.fakecloud.s3.store.BlobStore;
import dev.fakecloud.s3.store.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Versioning as S3 does it, in one place: a write adds a version (with a new id when the bucket's versioning is
 * enabled, else replacing the {@code null} version), a delete removes the key, adds a delete marker or removes one
 * version, and the bytes of replaced versions are removed.
 */
@ApplicationScoped
public class Versions {

    public static final String NULL = "null";
    private static final Pattern VERSION_ID = Pattern.compile("[A-Za-z0-9._]{32}");
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong LAST_SEQUENCE = new AtomicLong();

    private final ObjectStore objects;
    private final BlobStore blobs;

    public Versions(ObjectStore objects, BlobStore blobs) {
        this.objects = objects;
        this.blobs = blobs;
    }

    static String newVersionId() {
        char[] id = new char[32];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }

    /** Whether {@code id} could be a version id at all ({@code InvalidArgument} otherwise). */
    static boolean wellFormed(String id) {
        return NULL.equals(id) || VERSION_ID.matcher(id).matches();
    }

    /** S3's event sequencer: increases with every change, across restarts (it follows the clock). */
    static String sequencer() {
        long now = System.currentTimeMillis() * 1000;
        long next = LAST_SEQUENCE.updateAndGet(last -> Math.max(last + 1, now));
        return String.format("%018X", next);
    }

    /**
     * Stores {@code draft} as the key's newest version. {@code precondition} sees the current version (or null)
     * while the key is held and may refuse the write by throwing. Returns the version as stored.
     */
    public ObjectVersion put(S3Bucket bucket, String key, ObjectVersion draft, Consumer<ObjectVersion> precondition) {
        String versionId = "Enabled".equals(bucket.versioning()) ? newVersionId() : NULL;
        ObjectVersion version = draft.withIdentity(versionId, sequencer());
        List<String> dropped = new ArrayList<>();
        objects.change(bucket.name(), key, current -> {
            dropped.clear();
            if (precondition != null) {
                precondition.accept(current == null ? null : current.current());
            }
            List<ObjectVersion> list = new ArrayList<>();
            list.add(version);
            if (current != null) {
                for (ObjectVersion old : current.versions()) {
                    if (NULL.equals(versionId) && NULL.equals(old.versionId())) {
                        if (old.blob() != null && !old.blob().equals(version.blob())) {
                            dropped.add(old.blob());
                        }
                    } else {
                        list.add(old);
                    }
                }
            }
            return new ObjectEntry(bucket.name(), key, list);
        });
        blobs.delete(dropped);
        return version;
    }

    /** What a delete did: whether the version concerned is a delete marker, its id, and whether anything changed. */
    public record Deleted(boolean deleteMarker, String versionId, boolean removed, ObjectVersion before) {
    }

    /** Deletes the key (or one version of it) as S3 does for the bucket's versioning state. */
    public Deleted delete(S3Bucket bucket, String key, String versionId) {
        if (versionId != null && !wellFormed(versionId)) {
            throw S3Errors.invalidVersionId();
        }
        List<String> dropped = new ArrayList<>();
        Deleted[] outcome = new Deleted[1];
        objects.change(bucket.name(), key, current -> {
            dropped.clear();
            List<ObjectVersion> list = new ArrayList<>(current == null ? List.of() : current.versions());
            if (versionId != null) {
                ObjectVersion gone = current == null ? null : current.version(versionId);
                outcome[0] = new Deleted(gone != null && gone.deleteMarker(), versionId, gone != null, gone);
                if (gone != null) {
                    list.remove(gone);
                    if (gone.blob() != null) {
                        dropped.add(gone.blob());
                    }
                }
                return new ObjectEntry(bucket.name(), key, list);
            }
            ObjectVersion before = current == null ? null : current.current();
            if (!bucket.versioned()) {
                list.forEach(v -> {
                    if (v.blob() != null) {
                        dropped.add(v.blob());
                    }
                });
                outcome[0] = new Deleted(false, null, current != null, before);
                return null;
            }
            String markerId = "Enabled".equals(bucket.versioning()) ? newVersionId() : NULL;
            if (NULL.equals(markerId)) {
                list.removeIf(v -> {
                    boolean isNull = NULL.equals(v.versionId());
                    if (isNull && v.blob() != null) {
                        dropped.add(v.blob());
                    }
                    return isNull;
                });
            }
            list.add(0, ObjectVersion.deleteMarker(markerId, Instant.now(), sequencer()));
            outcome[0] = new Deleted(true, markerId, true, before);
            return new ObjectEntry(bucket.name(), key, list);
        });
        blobs.delete(dropped);
        return outcome[0];
    }

    /**
     * The version a read addresses (the current one without {@code versionId}), with S3's errors: NoSuchKey (with
     * the delete marker's headers when the current version is one), NoSuchVersion, MethodNotAllowed for a delete
     * marker asked for by id.
     */
    public ObjectVersion find(String bucket, String key, String versionId, String method) {
        if (versionId != null && !wellFormed(versionId)) {
            throw S3Errors.invalidVersionId();
        }
        ObjectEntry entry = objects.get(bucket, key);
        if (versionId == null) {
            ObjectVersion current = entry == null ? null : entry.current();
            if (current == null) {
                throw S3Errors.noSuchKey(key);
            }
            if (current.deleteMarker()) {
                throw S3Errors.noSuchKey(key).withHeader("x-amz-delete-marker", "true")
                        .withHeader("x-amz-version-id", current.versionId());
            }
            return current;
        }
        ObjectVersion version = entry == null ? null : entry.version(versionId);
        if (version == null) {
            throw S3Errors.noSuchVersion(key, versionId);
        }
        if (version.deleteMarker()) {
            throw S3Errors.methodNotAllowed(method, "DeleteMarker").withHeader("x-amz-delete-marker", "true")
                    .withHeader("x-amz-version-id", versionId).withHeader("Allow", "DELETE")
                    .withHeader("Last-Modified", HttpDates.format(version.lastModified()));
        }
        return version;
    }

    /** Replaces one version in place (tags, ACL): the version found by id, or the current one. */
    public ObjectVersion update(String bucket, String key, String versionId,
            java.util.function.UnaryOperator<ObjectVersion> change) {
        ObjectVersion[] changed = new ObjectVersion[1];
        objects.change(bucket, key, current -> {
            if (current == null) {
                return null;
            }
            List<ObjectVersion> list = new ArrayList<>(current.versions());
            for (int i = 0; i < list.size(); i++) {
                ObjectVersion v = list.get(i);
                if (versionId == null ? i == 0 : v.versionId().equals(versionId)) {
                    changed[0] = change.apply(v);
                    list.set(i, changed[0]);
                    break;
                }
            }
            return new ObjectEntry(bucket, key, list);
        });
        return changed[0];
    }
}
