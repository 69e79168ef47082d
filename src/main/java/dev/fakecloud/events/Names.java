package dev.fakecloud.events;

import java.util.List;
import java.util.regex.Pattern;

/** EventBridge's name and ARN patterns and enum value sets, spelled as its validation messages print them. */
final class Names {

    static final Pattern RULE_NAME = Pattern.compile("[\\.\\-_A-Za-z0-9]+");
    static final Pattern BUS_NAME = Pattern.compile("[/\\.\\-_A-Za-z0-9]+");
    static final Pattern BUS_NAME_OR_ARN = Pattern.compile(
            "(arn:aws[\\w-]*:events:[a-z]+-[a-z]+-[\\w-]+:[0-9]{12}:event-bus\\/)?[/\\.\\-_A-Za-z0-9]+");
    static final Pattern NON_PARTNER_BUS_NAME_OR_ARN = Pattern.compile(
            "(arn:aws[\\w-]*:events:[a-z]+-[a-z]+-[\\w-]+:[0-9]{12}:event-bus\\/)?[\\.\\-_A-Za-z0-9]+");
    static final Pattern NON_PARTNER_BUS_NAME = Pattern.compile("[\\.\\-_A-Za-z0-9]+");
    static final Pattern EVENT_SOURCE_NAME = Pattern.compile("aws\\.partner(/[\\.\\-_A-Za-z0-9]+){2,}");
    static final Pattern TARGET_ID = RULE_NAME;
    static final Pattern STATEMENT_ID = Pattern.compile("[a-zA-Z0-9-_]+");
    static final Pattern ACTION = Pattern.compile("events:[a-zA-Z]+");
    static final Pattern PRINCIPAL = Pattern.compile("(\\d{12}|\\*)");
    static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    static final Pattern ARCHIVE_SOURCE_ARN = Pattern.compile(
            "^arn:aws([a-z]|\\-)*:events:([a-z]|\\d|\\-)*:([0-9]{12})?:.+\\/.+$");
    static final Pattern CONNECTION_ARN = Pattern.compile(
            "^arn:aws([a-z]|\\-)*:events:([a-z]|\\d|\\-)*:([0-9]{12})?:connection\\/[\\.\\-_A-Za-z0-9]+\\/[\\-A-Za-z0-9]+$");
    static final Pattern HTTPS_ENDPOINT = Pattern.compile(
            "^((%[0-9A-Fa-f]{2}|[-()_.!~*';/?:@\\x26=+$,A-Za-z0-9])+)([).!';/?:,])?$");
    static final Pattern KMS_KEY = Pattern.compile("^[a-zA-Z0-9_\\-/:]*$");
    static final Pattern INPUT_PATH_KEY = Pattern.compile("[A-Za-z0-9\\_\\-]+");
    static final Pattern IAM_ROLE_ARN = Pattern.compile("^arn:aws[a-z-]*:iam::\\d{12}:role\\/[\\w+=,.@/-]+$");
    static final Pattern ENDPOINT_BUS_ARN = Pattern.compile(
            "^arn:aws[a-z-]*:events:[a-z]+-[a-z-]+-\\d+:\\d{12}:event-bus/[\\w.-]+$");

    static final List<String> RULE_STATES = List.of("ENABLED", "DISABLED",
            "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS");
    static final List<String> ARCHIVE_STATES = List.of("ENABLED", "DISABLED", "CREATING", "UPDATING",
            "CREATE_FAILED", "UPDATE_FAILED");
    static final List<String> REPLAY_STATES = List.of("STARTING", "RUNNING", "CANCELLING", "COMPLETED", "CANCELLED",
            "FAILED");
    /** The order AWS prints these sets in its messages. */
    static final List<String> AUTHORIZATION_TYPES = List.of("BASIC", "OAUTH_CLIENT_CREDENTIALS", "API_KEY");
    static final List<String> API_DESTINATION_METHODS = List.of("HEAD", "POST", "PATCH", "DELETE", "PUT", "GET",
            "OPTIONS");
    static final List<String> OAUTH_METHODS = List.of("GET", "POST", "PUT");
    static final List<String> CONNECTION_STATES = List.of("CREATING", "UPDATING", "DELETING", "AUTHORIZED",
            "DEAUTHORIZED", "AUTHORIZING", "DEAUTHORIZING", "ACTIVE", "FAILED_CONNECTIVITY");

    private Names() {
    }

    /** The bus name of a name-or-ARN ({@code arn:...:event-bus/name} or {@code name}); null stays null. */
    static String busName(String nameOrArn) {
        if (nameOrArn == null) {
            return null;
        }
        int slash = nameOrArn.indexOf(":event-bus/");
        return nameOrArn.startsWith("arn:") && slash > 0 ? nameOrArn.substring(slash + ":event-bus/".length())
                : nameOrArn;
    }
}
