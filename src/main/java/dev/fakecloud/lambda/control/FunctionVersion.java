package dev.fakecloud.lambda.control;

import dev.fakecloud.lambda.code.CodeArtifact;
import dev.fakecloud.lambda.model.FunctionConfiguration;

/** $LATEST or a published version: its configuration as the API shows it and the code it runs. Immutable. */
public record FunctionVersion(FunctionConfiguration config, CodeArtifact code) {

    public FunctionVersion withConfig(FunctionConfiguration newConfig) {
        return new FunctionVersion(newConfig, code);
    }
}
