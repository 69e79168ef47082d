package dev.fakecloud.lambda.signing;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.control.FunctionDeleted;
import dev.fakecloud.lambda.model.CodeSigningShapes.CodeSigningConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;

/**
 * Code signing configurations by ARN (the ARN names their account and region), and which configuration each
 * function uses.
 */
@ApplicationScoped
public class CodeSigningStore {

    /** A function of one scope. */
    record FunctionKey(Scope scope, String functionName) {
    }

    private final ConcurrentSkipListMap<String, CodeSigningConfig> configs = new ConcurrentSkipListMap<>();
    private final Map<FunctionKey, String> functionConfigs = new ConcurrentHashMap<>();

    public Optional<CodeSigningConfig> find(String arn) {
        return Optional.ofNullable(configs.get(arn));
    }

    void put(CodeSigningConfig config) {
        configs.put(config.codeSigningConfigArn(), config);
    }

    /** Replaces a configuration that exists; returns the new value, or empty when it does not exist. */
    Optional<CodeSigningConfig> update(String arn, UnaryOperator<CodeSigningConfig> change) {
        return Optional.ofNullable(configs.computeIfPresent(arn, (k, current) -> change.apply(current)));
    }

    boolean remove(String arn) {
        return configs.remove(arn) != null;
    }

    /** The configurations whose ARN starts with {@code prefix} (one account and region), in ARN order. */
    List<CodeSigningConfig> list(String prefix) {
        return configs.tailMap(prefix).entrySet().stream()
                .takeWhile(e -> e.getKey().startsWith(prefix))
                .map(Map.Entry::getValue)
                .toList();
    }

    /** The ARN of the configuration a function uses, if any. */
    public Optional<String> ofFunction(Scope scope, String functionName) {
        return Optional.ofNullable(functionConfigs.get(new FunctionKey(scope, functionName)));
    }

    void attach(Scope scope, String functionName, String arn) {
        functionConfigs.put(new FunctionKey(scope, functionName), arn);
    }

    void detach(Scope scope, String functionName) {
        functionConfigs.remove(new FunctionKey(scope, functionName));
    }

    /** Names of the functions of {@code scope} that use the configuration, in name order. */
    List<String> functionsUsing(Scope scope, String arn) {
        return functionConfigs.entrySet().stream()
                .filter(e -> e.getKey().scope().equals(scope) && e.getValue().equals(arn))
                .map(e -> e.getKey().functionName())
                .sorted()
                .toList();
    }

    void onFunctionDeleted(@Observes FunctionDeleted event) {
        if (event.qualifier() == null) {
            detach(event.scope(), event.functionName());
        }
    }
}
