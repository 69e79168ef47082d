package dev.fakecloud.kinesis;

import dev.fakecloud.kinesis.model.StreamShapes.Tag;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Tag rules of Kinesis: at most 50 per request (as the model bounds them) and 200 per resource. */
final class Tags {

    static final int MAX_PER_RESOURCE = 200;

    private Tags() {
    }

    static void check(Map<String, String> tags) {
        if (tags == null) {
            return;
        }
        for (Map.Entry<String, String> e : tags.entrySet()) {
            if (e.getKey() == null || e.getKey().isEmpty() || e.getKey().length() > 128) {
                throw KinesisErrors.invalidArgument("Tag key must be between 1 and 128 characters long.");
            }
            if (e.getValue() != null && e.getValue().length() > 256) {
                throw KinesisErrors.invalidArgument("Tag value must be at most 256 characters long.");
            }
        }
        if (tags.size() > MAX_PER_RESOURCE) {
            throw KinesisErrors.invalidArgument("Failed to add tags to stream. A resource can have at most "
                    + MAX_PER_RESOURCE + " tags.");
        }
    }

    static List<Tag> list(Map<String, String> tags) {
        return new TreeMap<>(tags).entrySet().stream().map(e -> new Tag(e.getKey(), e.getValue())).toList();
    }
}
