package dev.fakecloud.dynamodb.model;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;

/** Scalars (S, N, B) by their canonical text, and AWS's order of each type. */
public final class Scalars {

    private Scalars() {
    }

    public static Value of(String type, String text) {
        return switch (type) {
            case "S" -> new Value.S(text);
            case "N" -> new Value.N(text);
            case "B" -> new Value.B(text);
            default -> throw new IllegalArgumentException("not a scalar type: " + type);
        };
    }

    /** The canonical text of a scalar value; null for other types. */
    public static String text(Value v) {
        return switch (v) {
            case Value.S s -> s.value();
            case Value.N n -> n.value();
            case Value.B b -> b.base64();
            default -> null;
        };
    }

    /** AWS's order within one scalar type: strings and binaries bytewise (UTF-8), numbers numerically. */
    public static int compare(String type, String a, String b) {
        return switch (type) {
            case "N" -> new BigDecimal(a).compareTo(new BigDecimal(b));
            case "B" -> Arrays.compareUnsigned(Base64.getDecoder().decode(a), Base64.getDecoder().decode(b));
            default -> compareUtf8(a, b);
        };
    }

    /** Code point order, which is UTF-8 byte order. */
    public static int compareUtf8(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    public static Comparator<String> order(String type) {
        return (a, b) -> compare(type, a, b);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
