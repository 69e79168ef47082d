package dev.fakecloud.core.pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code numeric}: a JSON number inside a range (either bound may be open, closed or absent). Strings never match. */
final class NumericRange implements ValueMatcher {

    private final double bottom;
    private final boolean bottomInclusive;
    private final double top;
    private final boolean topInclusive;

    NumericRange(double bottom, boolean bottomInclusive, double top, boolean topInclusive) {
        this.bottom = bottom;
        this.bottomInclusive = bottomInclusive;
        this.top = top;
        this.topInclusive = topInclusive;
    }

    @Override
    public boolean matches(JsonNode value) {
        if (!value.isNumber()) {
            return false;
        }
        double number = value.doubleValue();
        boolean aboveBottom = bottomInclusive ? number >= bottom : number > bottom;
        boolean belowTop = topInclusive ? number <= top : number < top;
        return aboveBottom && belowTop;
    }
}
