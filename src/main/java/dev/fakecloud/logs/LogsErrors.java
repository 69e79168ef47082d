package dev.fakecloud.logs;

/** Every error CloudWatch Logs answers with, as AWS words it. */
final class LogsErrors {

    private LogsErrors() {
    }

    static LogsException groupNotFound() {
        return new LogsException("ResourceNotFoundException", "The specified log group does not exist.", 400);
    }

    static LogsException streamNotFound() {
        return new LogsException("ResourceNotFoundException", "The specified log stream does not exist.", 400);
    }

    static LogsException resourceNotFound(String message) {
        return new LogsException("ResourceNotFoundException", message, 400);
    }

    static LogsException groupExists() {
        return new LogsException("ResourceAlreadyExistsException", "The specified log group already exists", 400);
    }

    static LogsException streamExists() {
        return new LogsException("ResourceAlreadyExistsException", "The specified log stream already exists", 400);
    }

    static LogsException invalidParameter(String message) {
        return new LogsException("InvalidParameterException", message, 400);
    }

    /** A member the model requires is absent ("1 validation error detected: ..."). */
    static LogsException missing(String member) {
        return new LogsException("InvalidParameterException", "1 validation error detected: Value null at '"
                + member + "' failed to satisfy constraint: Member must not be null", 400);
    }

    static LogsException validation(String message) {
        return new LogsException("ValidationException", message, 400);
    }

    static LogsException invalidToken() {
        return invalidParameter("The specified nextToken is invalid.");
    }

    static LogsException serialization(String message) {
        return new LogsException("SerializationException", message, 400);
    }

    static LogsException unknownOperation(String target) {
        return new LogsException("UnknownOperationException", null, 400);
    }

    static LogsException limitExceeded(String message) {
        return new LogsException("LimitExceededException", message, 400);
    }

    static LogsException deletionProtected() {
        return validation("Cannot delete log group with deletion protection enabled. Disable deletion protection "
                + "first.");
    }

    static LogsException operationAborted(String message) {
        return new LogsException("OperationAbortedException", message, 400);
    }

    static LogsException malformedQuery(String message) {
        return new LogsException("MalformedQueryException", message, 400);
    }

    static LogsException conflict(String message) {
        return new LogsException("ConflictException", message, 400);
    }

    /** Each member of {@code names} that is null in {@code values} (in order) is refused as AWS refuses it. */
    static void require(String[] names, Object... values) {
        for (int i = 0; i < names.length; i++) {
            if (values[i] == null) {
                throw missing(names[i]);
            }
        }
    }

    static void require(String name, Object value) {
        if (value == null) {
            throw missing(name);
        }
    }
}
