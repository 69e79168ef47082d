package dev.fakecloud.lambda.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to start one execution environment of a function version.
 *
 * @param command the handler (or an image's CMD), passed to the image's entrypoint
 * @param entryPoint null to keep the image's ({@code /lambda-entrypoint.sh} for AWS's runtime images)
 * @param code the deployment package, copied to {@code /var/task}; null for container images
 * @param layers layer packages in order, merged into {@code /opt}
 * @param jsonLogs whether the function's log format is JSON (system lines as JSON events)
 */
record EnvironmentSpec(String functionName, String functionArn, String version, String runtime, String image,
        List<String> command, List<String> entryPoint, String workingDirectory, Map<String, String> environment,
        int memoryMb, int ephemeralStorageMb, int timeoutSeconds, Path code, List<Path> layers, boolean jsonLogs) {
}
