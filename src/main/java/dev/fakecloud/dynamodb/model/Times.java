package dev.fakecloud.dynamodb.model;

import java.math.BigDecimal;

/** Timestamps as DynamoDB's JSON protocol writes them: epoch seconds with a fraction. */
public final class Times {

    private Times() {
    }

    public static BigDecimal epochSeconds(long millis) {
        return BigDecimal.valueOf(millis).movePointLeft(3);
    }
}
