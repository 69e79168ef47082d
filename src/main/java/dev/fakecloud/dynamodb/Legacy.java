package dev.fakecloud.dynamodb;

import dev.fakecloud.dynamodb.model.DynamoErrors;

/** The legacy parameters (Expected, AttributeUpdates, KeyConditions, QueryFilter, ScanFilter) are not served yet. */
final class Legacy {

    private Legacy() {
    }

    static void refuse(String parameter, Object value) {
        if (value != null) {
            throw DynamoErrors.validation("The legacy parameter " + parameter + " is not supported by fakecloud; "
                    + "use the expression parameters instead");
        }
    }
}
