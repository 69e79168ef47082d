package dev.fakecloud.dynamodb.model;

import dev.fakecloud.dynamodb.model.DynamoErrors;
import java.math.BigDecimal;

/** DynamoDB numbers: up to 38 significant digits, magnitudes from 1E-130 to below 1E+126. */
public final class Numbers {

    private static final BigDecimal MAX = new BigDecimal("1E+126");
    private static final BigDecimal MIN = new BigDecimal("1E-130");

    private Numbers() {
    }

    /** Parses and checks a number as AWS does; returns its canonical text. */
    public static String parse(String text) {
        BigDecimal d;
        try {
            d = new BigDecimal(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw DynamoErrors.validation("A value provided cannot be converted into a number");
        }
        return canonical(check(d));
    }

    public static BigDecimal check(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (stripped.precision() > 38) {
            throw DynamoErrors.validation("Attempting to store more than 38 significant digits in a Number");
        }
        BigDecimal abs = stripped.abs();
        if (abs.compareTo(MAX) >= 0) {
            throw DynamoErrors.validation(
                    "Number overflow. Attempting to store a number with magnitude larger than supported range");
        }
        if (abs.compareTo(MIN) < 0) {
            throw DynamoErrors.validation(
                    "Number underflow. Attempting to store a number with magnitude smaller than supported range");
        }
        return stripped;
    }

    public static String canonical(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }
}
