package dev.fakecloud.s3.model;

import java.util.List;

/** Every version of one key, newest first; the first is the current version (possibly a delete marker). */
public record ObjectEntry(String bucket, String key, List<ObjectVersion> versions) {

    public ObjectEntry {
        versions = List.copyOf(versions);
    }

    public ObjectVersion current() {
        return versions.isEmpty() ? null : versions.get(0);
    }

    public ObjectVersion version(String versionId) {
        for (ObjectVersion v : versions) {
            if (v.versionId().equals(versionId)) {
                return v;
            }
        }
        return null;
    }
}
