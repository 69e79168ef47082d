package dev.fakecloud.sns;

/** SNS's ARNs: how they are built, and how a malformed or foreign one is refused as AWS refuses it. */
final class SnsArns {

    private SnsArns() {
    }

    static String topic(String accountId, String region, String name) {
        return "arn:aws:sns:" + region + ":" + accountId + ":" + name;
    }

    /** The ARN's colon-separated parts; fewer than six is AWS's "An ARN must have at least 6 elements". */
    static String[] parts(String arn, String parameter) {
        String[] parts = arn == null ? new String[] {""} : arn.split(":", -1);
        if (parts.length < 6) {
            throw SnsErrors.malformedArn(parameter, parts.length);
        }
        return parts;
    }

    /**
     * A topic ARN the caller may use: well formed, of SNS, and in the caller's region (topics of other regions are
     * refused as "Invalid parameter: TopicArn").
     */
    static String topicInRegion(SnsCall call, String arn, String parameter) {
        String[] parts = parts(arn, parameter);
        if (!parts[0].equals("arn") || !parts[2].equals("sns") || !parts[3].equals(call.region())
                || parts.length != 6 || parts[5].isEmpty()) {
            throw SnsErrors.invalidParameter(parameter);
        }
        return arn;
    }

    /** A subscription ARN: a topic ARN followed by the subscription's id. */
    static String subscription(String arn) {
        if (arn == null || arn.isEmpty()) {
            throw SnsErrors.invalidParameter("SubscriptionArn", "no value for required parameter");
        }
        String[] parts = parts(arn, "SubscriptionArn");
        if (parts.length != 7 || parts[6].isEmpty()) {
            throw SnsErrors.invalidParameter("SubscriptionId");
        }
        return arn;
    }

    /** The topic a subscription ARN belongs to. */
    static String topicOf(String subscriptionArn) {
        return subscriptionArn.substring(0, subscriptionArn.lastIndexOf(':'));
    }

    /** Whether the ARN names a platform endpoint ({@code ...:endpoint/PLATFORM/app/id}). */
    static boolean isPlatformEndpoint(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", -1);
        return parts.length == 6 && parts[2].equals("sns") && parts[5].startsWith("endpoint/");
    }
}
