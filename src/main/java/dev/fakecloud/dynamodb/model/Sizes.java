package dev.fakecloud.dynamodb.model;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Item sizes as AWS counts them: names and string values in UTF-8 bytes, numbers by their digits. */
public final class Sizes {

    /** AWS's item size limit. */
    public static final int MAX_ITEM_BYTES = 400 * 1024;

    private Sizes() {
    }

    static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    static int number(String canonical) {
        String digits = canonical.replace("-", "").replace(".", "");
        return (digits.length() + 1) / 2 + 1;
    }

    public static int item(Map<String, Value> item) {
        int total = 0;
        for (Map.Entry<String, Value> e : item.entrySet()) {
            total += utf8(e.getKey()) + e.getValue().size();
        }
        return total;
    }
}
