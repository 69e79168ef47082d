package dev.fakecloud.lambda.signing;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import dev.fakecloud.lambda.model.CodeSigningShapes.CodeSigningConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Code signing configurations by ARN (the ARN names their account and region), in the state store. Which
 * configuration a function uses is part of the function itself.
 */
@Startup
@ApplicationScoped
public class CodeSigningStore {

    private final Table<String, CodeSigningConfig> configs;

    public CodeSigningStore(StateStore store) {
        this.configs = store.sortedTable("lambda.code-signing-configs", String.class, CodeSigningConfig.class,
                Comparator.naturalOrder());
    }

    public Optional<CodeSigningConfig> find(String arn) {
        return configs.find(arn);
    }

    void put(CodeSigningConfig config) {
        configs.put(config.codeSigningConfigArn(), config);
    }

    /** Replaces a configuration that exists; returns the new value, or empty when it does not exist. */
    Optional<CodeSigningConfig> update(String arn, UnaryOperator<CodeSigningConfig> change) {
        return Optional.ofNullable(configs.update(arn, change));
    }

    boolean remove(String arn) {
        return configs.remove(arn) != null;
    }

    /** The configurations whose ARN starts with {@code prefix} (one account and region), in ARN order. */
    List<CodeSigningConfig> list(String prefix) {
        return configs.tail(prefix, true).stream()
                .takeWhile(c -> c.codeSigningConfigArn().startsWith(prefix))
                .toList();
    }
}
