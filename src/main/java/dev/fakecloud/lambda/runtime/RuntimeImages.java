package dev.fakecloud.lambda.runtime;

import dev.fakecloud.FakecloudConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * Which container image runs a runtime: AWS's {@code <registry>/<lang>:<tag>} naming (e.g. {@code python3.12} →
 * {@code public.ecr.aws/lambda/python:3.12}), with the registry and single runtimes overridable by configuration.
 */
@ApplicationScoped
public class RuntimeImages {

    public static final String REGISTRY_KEY = "FAKECLOUD_LAMBDA_IMAGE_REGISTRY";
    public static final String OVERRIDES_KEY = "FAKECLOUD_LAMBDA_RUNTIME_IMAGES";

    private final String registry;
    private final Map<String, String> overrides;

    public RuntimeImages(FakecloudConfig config) {
        String r = config.lambda().imageRegistry();
        this.registry = r.endsWith("/") ? r.substring(0, r.length() - 1) : r;
        this.overrides = parseOverrides(config.lambda().runtimeImages().orElse(""));
    }

    static Map<String, String> parseOverrides(String spec) {
        Map<String, String> map = new HashMap<>();
        for (String entry : spec.split(",")) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                map.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
            }
        }
        return Map.copyOf(map);
    }

    public String imageFor(String runtime) {
        String override = overrides.get(runtime);
        return override != null ? override : registry + "/" + repositoryAndTag(runtime);
    }

    /** AWS's repository and tag for a runtime identifier. */
    static String repositoryAndTag(String runtime) {
        if (runtime.startsWith("nodejs")) {
            return "nodejs:" + runtime.substring("nodejs".length()).replace(".x", "");
        }
        if (runtime.startsWith("python")) {
            return "python:" + runtime.substring("python".length());
        }
        if (runtime.startsWith("java")) {
            return "java:" + runtime.substring("java".length());
        }
        if (runtime.startsWith("ruby")) {
            return "ruby:" + runtime.substring("ruby".length());
        }
        if (runtime.startsWith("dotnet")) {
            return "dotnet:" + runtime.substring("dotnet".length());
        }
        if (runtime.equals("go1.x")) {
            return "go:1";
        }
        if (runtime.startsWith("provided")) {
            return runtime.equals("provided") ? "provided:alami" : "provided:" + runtime.substring("provided.".length());
        }
        return runtime + ":latest";
    }
}
