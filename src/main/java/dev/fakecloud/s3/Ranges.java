package dev.fakecloud.s3;

import dev.fakecloud.s3.error.S3Errors;
import dev.fakecloud.s3.model.ObjectVersion;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which bytes of an object a read asks for: a {@code Range} header, a {@code partNumber}, or all of them. */
final class Ranges {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /** The bytes {@code first..last} (inclusive); {@code partial} for a 206; the part count with partNumber. */
    record Slice(long first, long last, boolean partial, int partsCount) {
        long length() {
            return last < first ? 0 : last - first + 1;
        }
    }

    private Ranges() {
    }

    static Slice select(S3Call call, ObjectVersion v) {
        long size = v.size();
        String partNumber = call.query("partNumber");
        if (partNumber != null) {
            return part(partNumber, v);
        }
        String range = call.header("range");
        if (range == null) {
            return new Slice(0, size - 1, false, 0);
        }
        Matcher m = RANGE.matcher(range.trim());
        if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            return new Slice(0, size - 1, false, 0);
        }
        long first;
        long last;
        if (m.group(1).isEmpty()) {
            long suffix = number(m.group(2));
            if (suffix == 0) {
                throw S3Errors.invalidRange(range, size);
            }
            first = Math.max(0, size - suffix);
            last = size - 1;
        } else {
            first = number(m.group(1));
            last = m.group(2).isEmpty() ? size - 1 : Math.min(number(m.group(2)), size - 1);
            if (!m.group(2).isEmpty() && number(m.group(2)) < first) {
                return new Slice(0, size - 1, false, 0);
            }
        }
        if (first >= size) {
            throw S3Errors.invalidRange(range, size);
        }
        return new Slice(first, last, true, 0);
    }

    /** A range bound; one too large for a long is past any object's end. */
    private static long number(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static Slice part(String partNumber, ObjectVersion v) {
        int n;
        try {
            n = Integer.parseInt(partNumber);
        } catch (NumberFormatException e) {
            throw S3Errors.invalidArgument("Part number must be an integer between 1 and 10000, inclusive",
                    "partNumber", partNumber);
        }
        if (n < 1 || n > 10000) {
            throw S3Errors.invalidArgument("Part number must be an integer between 1 and 10000, inclusive",
                    "partNumber", partNumber);
        }
        if (v.partSizes().isEmpty()) {
            if (n != 1) {
                throw S3Errors.invalidPartNumber(n, 1);
            }
            return new Slice(0, v.size() - 1, false, 0);
        }
        if (n > v.partSizes().size()) {
            throw S3Errors.invalidPartNumber(n, v.partSizes().size());
        }
        long first = 0;
        for (int i = 0; i < n - 1; i++) {
            first += v.partSizes().get(i);
        }
        return new Slice(first, first + v.partSizes().get(n - 1) - 1, true, v.partSizes().size());
    }
}
