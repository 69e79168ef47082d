package dev.fakecloud.events;

/** Every error EventBridge answers with, worded as AWS words it. */
public final class EventsErrors {

    private EventsErrors() {
    }

    public static EventsException notFound(String message) {
        return new EventsException("ResourceNotFoundException", message, 400);
    }

    public static EventsException busNotFound(String bus) {
        return notFound("Event bus " + bus + " does not exist.");
    }

    public static EventsException ruleNotFound(String rule, String bus) {
        return notFound("Rule " + rule + " does not exist on EventBus " + bus + ".");
    }

    public static EventsException alreadyExists(String message) {
        return new EventsException("ResourceAlreadyExistsException", message, 400);
    }

    /** A ValidationException with a message of its own (model violations use {@link dev.fakecloud.core.Validation}). */
    public static EventsException validation(String message) {
        return new EventsException("ValidationException", message, 400);
    }

    /** "Parameter P is not valid. Reason: r." */
    public static EventsException invalidParameter(String parameter, String reason) {
        return validation("Parameter " + parameter + " is not valid." + (reason == null ? "" : " Reason: " + reason));
    }

    public static EventsException invalidPattern(String reason) {
        return new EventsException("InvalidEventPatternException", "Event pattern is not valid. Reason: " + reason, 400);
    }

    public static EventsException limitExceeded() {
        return limitExceeded("The requested resource exceeds the maximum number allowed.");
    }

    public static EventsException limitExceeded(String message) {
        return new EventsException("LimitExceededException", message, 400);
    }

    public static EventsException managedRule(String rule) {
        return new EventsException("ManagedRuleException", "Rule " + rule
                + " is managed by an AWS service and can be modified only by that service.", 400);
    }

    public static EventsException illegalStatus(String message) {
        return new EventsException("IllegalStatusException", message, 400);
    }

    public static EventsException invalidState(String message) {
        return new EventsException("InvalidStateException", message, 400);
    }

    public static EventsException unknownOperation(String operation) {
        return new EventsException("UnknownOperationException", "Operation " + operation
                + " is not supported by this endpoint.", 400);
    }

    public static EventsException serialization(String message) {
        return new EventsException("SerializationException", message, 400);
    }
}
