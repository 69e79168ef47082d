package dev.fakecloud.core.pattern;

/** Parses IPv4 and IPv6 literals into bytes, without any name lookup. Anything else gives null. */
final class IpAddresses {

    private IpAddresses() {
    }

    static byte[] parse(String text) {
        return text.indexOf(':') >= 0 ? parseV6(text) : parseV4(text, 0, text.length());
    }

    static byte[] parseV4(String text, int from, int to) {
        byte[] bytes = new byte[4];
        int part = 0;
        int value = -1;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : '.';
            if (c == '.') {
                if (value < 0 || part == 4) {
                    return null;
                }
                bytes[part++] = (byte) value;
                value = -1;
            } else if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (value > 255) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return part == 4 ? bytes : null;
    }

    static byte[] parseV6(String text) {
        byte[] bytes = new byte[16];
        int length = text.length();
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        int[] head = new int[8];
        int[] tail = new int[8];
        int heads = gap < 0 ? groups(text, 0, length, head) : (gap == 0 ? 0 : groups(text, 0, gap, head));
        if (heads < 0) {
            return null;
        }
        int tails = 0;
        if (gap >= 0 && gap + 2 < length) {
            tails = groups(text, gap + 2, length, tail);
            if (tails < 0) {
                return null;
            }
        }
        int total = heads + tails;
        if (gap < 0 ? total != 8 : total > 7) {
            return null;
        }
        for (int i = 0; i < heads; i++) {
            put(bytes, i, head[i]);
        }
        for (int i = 0; i < tails; i++) {
            put(bytes, 8 - tails + i, tail[i]);
        }
        return bytes;
    }

    private static void put(byte[] bytes, int group, int value) {
        bytes[2 * group] = (byte) (value >> 8);
        bytes[2 * group + 1] = (byte) value;
    }

    /** Parses colon-separated hex groups (the last may be a dotted IPv4 address, counting as two); -1 if malformed. */
    private static int groups(String text, int from, int to, int[] out) {
        int count = 0;
        int start = from;
        while (start <= to) {
            int colon = text.indexOf(':', start);
            int end = colon < 0 || colon > to ? to : colon;
            if (end == to && text.lastIndexOf('.', to - 1) >= start) {
                byte[] v4 = parseV4(text, start, to);
                if (v4 == null || count > 6) {
                    return -1;
                }
                out[count++] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
                out[count++] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
                return count;
            }
            if (end == start || end - start > 4 || count == 8) {
                return -1;
            }
            int value = 0;
            for (int i = start; i < end; i++) {
                int digit = Character.digit(text.charAt(i), 16);
                if (digit < 0) {
                    return -1;
                }
                value = value * 16 + digit;
            }
            out[count++] = value;
            if (end == to) {
                return count;
            }
            start = end + 1;
        }
        return -1;
    }
}
