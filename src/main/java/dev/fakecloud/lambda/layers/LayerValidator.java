package dev.fakecloud.lambda.layers;

import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.code.Runtimes;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.model.LayerShapes.LayerVersionContentInput;
import dev.fakecloud.lambda.model.LayerShapes.PublishLayerVersionRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The model constraints of the layer operations, with AWS's messages. */
final class LayerValidator {

    static final List<String> ARCHITECTURES = List.of("x86_64", "arm64");

    /** The runtimes ListLayers and ListLayerVersions filter on, in the order AWS lists them in its error. */
    static final List<String> FILTER_RUNTIMES = List.of("ruby3.5", "ruby2.6", "dotnetcore1.0", "python3.7",
            "nodejs8.10", "nasa", "ruby2.7", "python2.7-greengrass", "dotnetcore2.0", "python3.8", "java21", "dotnet6",
            "dotnetcore2.1", "python3.9", "java11", "nodejs6.10", "provided", "dotnetcore3.1", "dotnet8", "java25",
            "java17", "nodejs", "nodejs4.3", "java8.al2", "go1.x", "dotnet10", "nodejs20.x", "go1.9", "byol",
            "nodejs10.x", "provided.al2023", "nodejs22.x", "python3.10", "java8", "nodejs12.x", "python3.11",
            "nodejs24.x", "nodejs8.x", "python3.12", "nodejs14.x", "nodejs8.9", "nodejs26.x", "python3.13",
            "python3.14", "nodejs16.x", "python3.15", "provided.al2", "nodejs4.3-edge", "nodejs18.x", "ruby3.2",
            "python3.4", "ruby3.3", "ruby3.4", "ruby2.5", "python3.6", "python2.7");

    private static final Pattern S3_BUCKET = Pattern.compile("[0-9A-Za-z\\.\\-_]*(?<!\\.)");

    private LayerValidator() {
    }

    /** Runtimes a layer may declare: every runtime of the API model, retired ones included. */
    static Set<String> publishableRuntimes() {
        Set<String> all = new HashSet<>(Runtimes.SUPPORTED);
        all.addAll(Runtimes.ALSO_ACCEPTED);
        all.addAll(Runtimes.DEPRECATED);
        return all;
    }

    static void layerName(Validation v, String layerName) {
        v.required(layerName, "layerName")
                .length(layerName, "layerName", 1, 140)
                .pattern(layerName, "layerName", LayerArns.LAYER_NAME);
    }

    static void validatePublish(String layerName, PublishLayerVersionRequest r) {
        Validation v = Validation.start();
        layerName(v, layerName);
        v.length(r.description(), "description", 0, 256).required(r.content(), "content");
        LayerVersionContentInput c = r.content();
        if (c != null) {
            v.length(c.s3Bucket(), "content.s3Bucket", 3, 63).pattern(c.s3Bucket(), "content.s3Bucket", S3_BUCKET)
                    .length(c.s3Key(), "content.s3Key", 1, 1024)
                    .length(c.s3ObjectVersion(), "content.s3ObjectVersion", 1, 1024);
        }
        List<String> runtimes = r.compatibleRuntimes();
        if (runtimes != null && runtimes.size() > 15) {
            v.maxSize(runtimes, "compatibleRuntimes", 15);
        } else if (runtimes != null && !publishableRuntimes().containsAll(runtimes)) {
            v.violation(runtimes, "compatibleRuntimes", "Member must satisfy enum value set: ["
                    + String.join(", ", Runtimes.SUPPORTED) + "]");
        }
        v.length(r.licenseInfo(), "licenseInfo", 0, 512)
                .maxSize(r.compatibleArchitectures(), "compatibleArchitectures", 2)
                .eachOneOf(r.compatibleArchitectures(), "compatibleArchitectures", ARCHITECTURES)
                .throwIfInvalid();
    }

    static void validateFilters(String runtime, String architecture) {
        Validation.start()
                .oneOf(runtime, "compatibleRuntime", FILTER_RUNTIMES)
                .oneOf(architecture, "compatibleArchitecture", ARCHITECTURES)
                .throwIfInvalid();
    }

    /** A {@code VersionNumber} path label: a number, and at least 1. */
    static long versionNumber(String raw) {
        long number;
        try {
            number = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            Validation.start().violation(raw, "versionNumber", "Member must be a number").throwIfInvalid();
            return 0;
        }
        if (number < 1) {
            throw new InvalidParameterValueException("Layer Version Cannot be less than 1");
        }
        return number;
    }
}
