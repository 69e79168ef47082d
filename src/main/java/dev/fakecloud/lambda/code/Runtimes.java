package dev.fakecloud.lambda.code;

import dev.fakecloud.lambda.error.InvalidParameterValueException;
import java.util.List;
import java.util.Set;

/** The runtime identifiers Lambda knows: those functions can be created with, and those AWS has retired. */
public final class Runtimes {

    /** Accepted for create and update, in the order AWS lists them in its error message. */
    public static final List<String> SUPPORTED = List.of("nodejs20.x", "python3.14", "provided.al2023", "python3.12",
            "python3.13", "nodejs24.x", "nodejs22.x", "java25", "python3.10", "python3.11", "java21", "ruby3.3",
            "ruby3.4", "ruby3.2", "python3.8", "python3.9", "java17", "nodejs16.x", "dotnet10", "dotnet8", "java11",
            "dotnet6", "nodejs18.x", "provided.al2", "java8.al2");

    /** In the API model and still run by fakecloud's execution engine, though AWS no longer lists them. */
    public static final Set<String> ALSO_ACCEPTED = Set.of("go1.x", "ruby4.0");

    /** In the API model but retired by AWS for creating or updating functions. */
    public static final Set<String> DEPRECATED = Set.of("nodejs", "nodejs4.3", "nodejs6.10", "nodejs8.10",
            "nodejs10.x", "nodejs12.x", "nodejs14.x", "java8", "python2.7", "python3.6", "python3.7", "dotnetcore1.0",
            "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "nodejs4.3-edge", "ruby2.5", "ruby2.7", "provided");

    private Runtimes() {
    }

    public static void requireUsable(String runtime) {
        if (SUPPORTED.contains(runtime) || ALSO_ACCEPTED.contains(runtime)) {
            return;
        }
        if (DEPRECATED.contains(runtime)) {
            throw new InvalidParameterValueException("The runtime parameter of " + runtime + " is no longer supported "
                    + "for creating or updating AWS Lambda functions. We recommend you use a supported runtime while "
                    + "creating or updating functions.");
        }
        throw new InvalidParameterValueException("Value " + runtime + " at 'runtime' failed to satisfy constraint: "
                + "Member must satisfy enum value set: [" + String.join(", ", SUPPORTED) + "] or be a valid ARN");
    }
}
