package dev.fakecloud.core.pattern;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code wildcard}: {@code *} stands for any run of characters (including none); {@code \*} is a literal star and
 * {@code \\} a literal backslash. Like EventBridge, two consecutive {@code *} are rejected. Only strings match.
 */
final class Wildcard implements ValueMatcher {

    /** Literal runs between the stars. */
    private final String[] segments;
    private final boolean leadingStar;
    private final boolean trailingStar;

    private Wildcard(String[] segments, boolean leadingStar, boolean trailingStar) {
        this.segments = segments;
        this.leadingStar = leadingStar;
        this.trailingStar = trailingStar;
    }

    static Wildcard compile(String pattern) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean leadingStar = false;
        boolean trailingStar = false;
        boolean previousStar = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                if (previousStar) {
                    throw new InvalidEventPatternException("Consecutive wildcard characters at pos " + i);
                }
                if (i == 0) {
                    leadingStar = true;
                } else {
                    segments.add(current.toString());
                    current.setLength(0);
                }
                previousStar = true;
                trailingStar = i == pattern.length() - 1;
                continue;
            }
            previousStar = false;
            if (c == '\\') {
                char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : 0;
                if (next != '*' && next != '\\') {
                    throw new InvalidEventPatternException("Invalid escape character at pos " + i);
                }
                current.append(next);
                i++;
            } else {
                current.append(c);
            }
        }
        if (!trailingStar) {
            segments.add(current.toString());
        }
        return new Wildcard(segments.toArray(String[]::new), leadingStar, trailingStar);
    }

    @Override
    public boolean matches(JsonNode value) {
        return value.isTextual() && matches(value.textValue());
    }

    boolean matches(String text) {
        int n = segments.length;
        if (!leadingStar && !trailingStar && n == 1) {
            return text.equals(segments[0]);
        }
        int start = 0;
        int end = text.length();
        int first = 0;
        int last = n - 1;
        if (!leadingStar) {
            if (!text.startsWith(segments[0])) {
                return false;
            }
            start = segments[0].length();
            first = 1;
        }
        if (!trailingStar) {
            String tail = segments[last];
            if (end - start < tail.length() || !text.endsWith(tail)) {
                return false;
            }
            end -= tail.length();
            last--;
        }
        for (int i = first; i <= last; i++) {
            int found = text.indexOf(segments[i], start);
            if (found < 0 || found + segments[i].length() > end) {
                return false;
            }
            start = found + segments[i].length();
        }
        return true;
    }
}
