package dev.fakecloud.core.pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code cidr}: a string holding an IPv4 or IPv6 address inside the block. Other strings and non-strings don't match. */
final class Cidr implements ValueMatcher {

    private final byte[] network;
    private final int prefixLength;

    private Cidr(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    static Cidr compile(String cidr) {
        int slash = cidr.indexOf('/');
        if (slash < 0 || slash != cidr.lastIndexOf('/')) {
            throw new InvalidEventPatternException("Malformed CIDR, one '/' required");
        }
        byte[] address = IpAddresses.parse(cidr.substring(0, slash));
        if (address == null) {
            throw new InvalidEventPatternException("Nonstandard IP address: " + cidr.substring(0, slash));
        }
        String bits = cidr.substring(slash + 1);
        int prefixLength = -1;
        if (!bits.isEmpty() && bits.length() <= 3 && bits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            prefixLength = Integer.parseInt(bits);
        }
        if (prefixLength < 0 || prefixLength > address.length * 8) {
            throw new InvalidEventPatternException("Malformed CIDR, mask bits must be between 0 and "
                    + address.length * 8 + ": " + cidr);
        }
        return new Cidr(address, prefixLength);
    }

    @Override
    public boolean matches(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        byte[] address = IpAddresses.parse(value.textValue());
        if (address == null || address.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (address[fullBytes] & mask) == (network[fullBytes] & mask);
    }
}
