package dev.fakecloud.lambda.policy.document;

import dev.fakecloud.lambda.error.InvalidParameterValueException;
import java.util.regex.Pattern;

/** Reads the {@code Principal} of AddPermission: anyone, an account, an IAM identity or an AWS service. */
public final class Principals {

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern IAM_ARN = Pattern.compile("arn:aws[a-zA-Z-]*:(iam|sts)::\\d{12}:.+");
    private static final Pattern SERVICE = Pattern.compile(
            "[a-z0-9][a-z0-9.-]*\\.(amazonaws\\.com|amazonaws\\.com\\.cn|amazon\\.com)");

    private Principals() {
    }

    public static PolicyPrincipal parse(String principal) {
        if ("*".equals(principal)) {
            return PolicyPrincipal.ANYONE;
        }
        if (ACCOUNT.matcher(principal).matches()) {
            return PolicyPrincipal.account(principal);
        }
        if (IAM_ARN.matcher(principal).matches()) {
            return new PolicyPrincipal.Aws(principal);
        }
        if (SERVICE.matcher(principal).matches()) {
            return new PolicyPrincipal.Service(principal);
        }
        throw new InvalidParameterValueException(
                "The provided principal was invalid. Please check the principal and try again.");
    }
}
