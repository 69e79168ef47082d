package dev.fakecloud.sns;

import java.net.URI;
import java.util.Set;
import java.util.regex.Pattern;

/** Which endpoints each protocol takes, checked as AWS checks them at Subscribe. */
final class Endpoints {

    static final Set<String> PROTOCOLS = Set.of("http", "https", "email", "email-json", "sms", "sqs", "application",
            "lambda", "firehose");
    /** Protocols AWS confirms at once (within one account); the others wait for their token. */
    static final Set<String> CONFIRMED_AT_ONCE = Set.of("sqs", "lambda", "sms", "application", "firehose");
    private static final Pattern SMS = Pattern.compile("\\+?[0-9]{1,15}");
    private static final Pattern LAMBDA = Pattern.compile("arn:aws[a-z-]*:lambda:[a-z0-9-]+:\\d{12}:function:"
            + "[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9$_-]+)?");
    private static final Pattern SQS = Pattern.compile("arn:aws[a-z-]*:sqs:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_.-]{1,80}");
    private static final Pattern FIREHOSE = Pattern.compile("arn:aws[a-z-]*:firehose:[a-z0-9-]+:\\d{12}:"
            + "deliverystream/[A-Za-z0-9_.-]+");

    private Endpoints() {
    }

    static void check(String protocol, String endpoint, boolean fifoTopic) {
        if (protocol == null) {
            throw SnsErrors.required("protocol");
        }
        if (!PROTOCOLS.contains(protocol)) {
            throw SnsErrors.invalidParameter("Amazon SNS does not support this protocol string: " + protocol);
        }
        if (endpoint == null || endpoint.isEmpty()) {
            throw SnsErrors.invalidParameter("Endpoint", "no value for required parameter");
        }
        switch (protocol) {
            case "http", "https" -> web(protocol, endpoint);
            case "email", "email-json" -> {
                int at = endpoint.indexOf('@');
                if (at <= 0 || at == endpoint.length() - 1) {
                    throw SnsErrors.invalidParameter("Email address");
                }
            }
            case "sms" -> {
                if (!SMS.matcher(endpoint).matches()) {
                    throw SnsErrors.invalidParameterMessage("Invalid SMS endpoint: " + endpoint);
                }
            }
            case "sqs" -> {
                if (!SQS.matcher(endpoint).matches()) {
                    throw SnsErrors.invalidParameter("SQS endpoint ARN");
                }
                if (endpoint.endsWith(".fifo") && !fifoTopic) {
                    throw SnsErrors.invalidParameter("Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be "
                            + "subscribed to standard SNS topics");
                }
            }
            case "lambda" -> {
                if (!LAMBDA.matcher(endpoint).matches()) {
                    throw SnsErrors.invalidParameter("Lambda endpoint ARN");
                }
            }
            case "application" -> {
                if (!SnsArns.isPlatformEndpoint(endpoint)) {
                    throw SnsErrors.invalidParameter("Application endpoint arn invalid:" + endpoint);
                }
            }
            case "firehose" -> {
                if (!FIREHOSE.matcher(endpoint).matches()) {
                    throw SnsErrors.invalidParameter("Firehose endpoint ARN");
                }
            }
            default -> {
            }
        }
        if (fifoTopic && !protocol.equals("sqs")) {
            throw SnsErrors.invalidParameter("Endpoint", "Invalid protocol type " + protocol
                    + " for a FIFO topic: only SQS queues can be subscribed");
        }
    }

    private static void web(String protocol, String endpoint) {
        try {
            URI uri = URI.create(endpoint);
            if (protocol.equals(uri.getScheme()) && uri.getHost() != null) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw SnsErrors.invalidParameter("Endpoint must match the specified protocol");
    }
}
