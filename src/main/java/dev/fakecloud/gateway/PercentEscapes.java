package dev.fakecloud.gateway;

/**
 * Stray {@code %} signs in a request target: a {@code %} not followed by two hex digits, which HTTP's URL parsers
 * refuse to decode. fakecloud reads such a {@code %} as itself (see {@link AwsRequest#decode}), so escaping it as
 * {@code %25} changes nothing about what the request means and lets the HTTP layer route it.
 */
public final class PercentEscapes {

    private PercentEscapes() {
    }

    /** Whether {@code target} holds a {@code %} that does not start a valid escape. */
    public static boolean hasStray(String target) {
        for (int i = target.indexOf('%'); i >= 0; i = target.indexOf('%', i + 1)) {
            if (!escapeAt(target, i)) {
                return true;
            }
        }
        return false;
    }

    /** {@code target} with every stray {@code %} written as {@code %25}; valid escapes are kept as they are. */
    public static String escapeStray(String target) {
        StringBuilder out = new StringBuilder(target.length() + 8);
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '%' && !escapeAt(target, i)) {
                out.append("%25");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean escapeAt(String s, int i) {
        return i + 2 < s.length() && hex(s.charAt(i + 1)) && hex(s.charAt(i + 2));
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
