package dev.fakecloud.gateway.cbor;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The exact value of a number token. Binary formats carry half, single and double precision floats; Jackson's
 * decimal view of a single-precision float is its shortest spelling, which is not its value when the float is
 * large (an epoch second such as 1796413440 reads back seconds off). Floats are widened to double, which is exact.
 */
public final class ExactNumbers {

    private ExactNumbers() {
    }

    /** The token's value; callers refuse NaN and infinities first ({@link JsonParser#isNaN()}). */
    public static BigDecimal decimal(JsonParser p) throws IOException {
        return switch (p.getNumberType()) {
            case FLOAT, DOUBLE -> new BigDecimal(p.getDoubleValue());
            case BIG_DECIMAL -> p.getDecimalValue();
            default -> new BigDecimal(p.getBigIntegerValue());
        };
    }
}
