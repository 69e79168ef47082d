package dev.fakecloud.lambda.signing;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.control.CodeSigningCheck;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.control.FunctionService;
import dev.fakecloud.lambda.control.LambdaArns;
import dev.fakecloud.lambda.control.LambdaFunction;
import dev.fakecloud.lambda.control.TagService;
import dev.fakecloud.lambda.control.TagStore;
import dev.fakecloud.lambda.error.CodeSigningConfigNotFoundException;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.error.ResourceConflictException;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import dev.fakecloud.lambda.model.CodeSigningShapes.AllowedPublishers;
import dev.fakecloud.lambda.model.CodeSigningShapes.CodeSigningConfig;
import dev.fakecloud.lambda.model.CodeSigningShapes.CodeSigningPolicies;
import dev.fakecloud.lambda.model.CodeSigningShapes.CreateCodeSigningConfigRequest;
import dev.fakecloud.lambda.model.CodeSigningShapes.FunctionCodeSigningConfig;
import dev.fakecloud.lambda.model.CodeSigningShapes.UpdateCodeSigningConfigRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Code signing configurations (which signing profiles may publish code, and what to do with unsigned code) and
 * their use by functions.
 */
@ApplicationScoped
public class CodeSigningService implements CodeSigningCheck {

    static final Pattern CONFIG_ARN = Pattern.compile("arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+"
            + "-\\d{1}:\\d{12}:code-signing-config:csc-[a-z0-9]{17}");
    static final Pattern ARN = Pattern.compile("arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]{2}(-gov)?-[a-z]+"
            + "-\\d{1})?:(\\d{12})?:(.*)");
    static final List<String> POLICIES = List.of("Warn", "Enforce");
    /** AWS prints LastModified of code signing configurations with microseconds, in UTC. */
    static final DateTimeFormatter LAST_MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");
    private static final String ID_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz";

    private final CodeSigningStore store;
    private final FunctionService functions;
    private final TagStore tags;
    private final SecureRandom random = new SecureRandom();

    public CodeSigningService(CodeSigningStore store, FunctionService functions, TagStore tags) {
        this.store = store;
        this.functions = functions;
        this.tags = tags;
    }

    public CodeSigningConfig create(Scope scope, CreateCodeSigningConfigRequest request) {
        Validation v = Validation.start().length(request.description(), "description", 0, 256);
        validatePublishers(v, request.allowedPublishers(), true);
        validatePolicies(v, request.codeSigningPolicies());
        v.throwIfInvalid();
        if (request.tags() != null && request.tags().size() > TagService.MAX_TAGS) {
            throw new InvalidParameterValueException("Number of tags exceeds resource tag limit.");
        }
        String id = newId();
        String arn = LambdaArns.prefix(scope) + "code-signing-config:" + id;
        CodeSigningConfig config = new CodeSigningConfig(id, arn,
                request.description() == null ? "" : request.description(),
                new AllowedPublishers(List.copyOf(request.allowedPublishers().signingProfileVersionArns())),
                policies(request.codeSigningPolicies(), "Warn"), now());
        store.put(config);
        if (request.tags() != null && !request.tags().isEmpty()) {
            tags.put(arn, request.tags(), TagService.MAX_TAGS);
        }
        return config;
    }

    public CodeSigningConfig get(Scope scope, String arn) {
        validateArn(arn);
        return store.find(arn).filter(c -> inScope(scope, arn)).orElseThrow(() -> notFound(arn));
    }

    public CodeSigningConfig update(Scope scope, String arn, UpdateCodeSigningConfigRequest request) {
        Validation v = Validation.start()
                .length(arn, "codeSigningConfigArn", 0, 200)
                .pattern(arn, "codeSigningConfigArn", CONFIG_ARN)
                .length(request.description(), "description", 0, 256);
        validatePublishers(v, request.allowedPublishers(), false);
        validatePolicies(v, request.codeSigningPolicies());
        v.throwIfInvalid();
        if (!inScope(scope, arn)) {
            throw notFound(arn);
        }
        boolean changes = request.description() != null || request.allowedPublishers() != null
                || request.codeSigningPolicies() != null;
        return store.update(arn, current -> !changes ? current : new CodeSigningConfig(
                current.codeSigningConfigId(), current.codeSigningConfigArn(),
                request.description() != null ? request.description() : current.description(),
                request.allowedPublishers() != null
                        ? new AllowedPublishers(List.copyOf(request.allowedPublishers().signingProfileVersionArns()))
                        : current.allowedPublishers(),
                request.codeSigningPolicies() != null
                        ? policies(request.codeSigningPolicies(),
                                current.codeSigningPolicies().untrustedArtifactOnDeployment())
                        : current.codeSigningPolicies(),
                now())).orElseThrow(() -> notFound(arn));
    }

    public void delete(Scope scope, String arn) {
        validateArn(arn);
        if (!inScope(scope, arn) || store.find(arn).isEmpty()) {
            throw notFound(arn);
        }
        if (!usersOf(scope, arn).isEmpty()) {
            throw new ResourceConflictException("The code signing configuration " + arn + " cannot be deleted "
                    + "because it is used by one or more functions.");
        }
        store.remove(arn);
        tags.drop(arn);
    }

    /** Names of the functions of {@code scope} that use the configuration, in name order. */
    private List<String> usersOf(Scope scope, String arn) {
        return functions.functions(scope).stream()
                .filter(fn -> arn.equals(fn.codeSigningConfigArn()))
                .map(LambdaFunction::name)
                .toList();
    }

    public Page<CodeSigningConfig> list(Scope scope, String marker, int maxItems) {
        return Page.of(store.list(LambdaArns.prefix(scope) + "code-signing-config:"),
                CodeSigningConfig::codeSigningConfigArn, marker, maxItems,
                () -> new InvalidParameterValueException("Invalid marker"));
    }

    public Page<String> functionsUsing(Scope scope, String arn, String marker, int maxItems) {
        get(scope, arn);
        List<String> arns = usersOf(scope, arn).stream()
                .map(name -> LambdaArns.function(scope, name, null))
                .toList();
        return Page.of(arns, a -> a, marker, maxItems, () -> new InvalidParameterValueException("Invalid marker"));
    }

    public FunctionCodeSigningConfig attach(Scope scope, FunctionRef ref, String arn) {
        Validation.start()
                .required(arn, "codeSigningConfigArn")
                .length(arn, "codeSigningConfigArn", 0, 200)
                .pattern(arn, "codeSigningConfigArn", CONFIG_ARN)
                .throwIfInvalid();
        if (!inScope(scope, arn) || store.find(arn).isEmpty()) {
            throw new CodeSigningConfigNotFoundException("The code signing configuration cannot be found. Check "
                    + "that the provided configuration is not deleted: " + arn + ".");
        }
        LambdaFunction fn = functions.setCodeSigningConfig(scope, ref.name(), arn);
        return new FunctionCodeSigningConfig(arn, fn.name());
    }

    public FunctionCodeSigningConfig ofFunction(Scope scope, FunctionRef ref) {
        LambdaFunction fn = functions.function(scope, ref.name());
        return fn.codeSigningConfigArn() == null ? new FunctionCodeSigningConfig(null, null)
                : new FunctionCodeSigningConfig(fn.codeSigningConfigArn(), fn.name());
    }

    public void detach(Scope scope, FunctionRef ref) {
        functions.setCodeSigningConfig(scope, ref.name(), null);
    }

    /** Fails with AWS's not-found error unless the configuration exists (tagging, CreateFunction). */
    @Override
    public void requireExists(Scope scope, String arn) {
        if (!inScope(scope, arn) || store.find(arn).isEmpty()) {
            throw notFound(arn);
        }
    }

    private static void validateArn(String arn) {
        Validation.start()
                .length(arn, "codeSigningConfigArn", 0, 200)
                .pattern(arn, "codeSigningConfigArn", CONFIG_ARN)
                .throwIfInvalid();
    }

    private static void validatePublishers(Validation v, AllowedPublishers publishers, boolean required) {
        if (required) {
            v.required(publishers, "allowedPublishers");
        }
        if (publishers == null) {
            return;
        }
        List<String> arns = publishers.signingProfileVersionArns();
        v.required(arns, "allowedPublishers.signingProfileVersionArns")
                .maxSize(arns, "allowedPublishers.signingProfileVersionArns", 20)
                .minSize(arns, "allowedPublishers.signingProfileVersionArns", 1);
        if (arns != null && !arns.stream().allMatch(a -> a != null && ARN.matcher(a).matches())) {
            v.violation(arns, "allowedPublishers.signingProfileVersionArns", "Member must satisfy constraint: "
                    + "[Member must satisfy regular expression pattern: " + ARN.pattern()
                    + ", Member must not be null]");
        }
    }

    private static void validatePolicies(Validation v, CodeSigningPolicies policies) {
        if (policies != null) {
            v.oneOf(policies.untrustedArtifactOnDeployment(), "codeSigningPolicies.untrustedArtifactOnDeployment",
                    POLICIES);
        }
    }

    private static CodeSigningPolicies policies(CodeSigningPolicies requested, String fallback) {
        return new CodeSigningPolicies(requested == null || requested.untrustedArtifactOnDeployment() == null
                ? fallback : requested.untrustedArtifactOnDeployment());
    }

    private static boolean inScope(Scope scope, String arn) {
        return arn.startsWith(LambdaArns.prefix(scope));
    }

    static ResourceNotFoundException notFound(String arn) {
        return ResourceNotFoundException.untyped("The Lambda code signing configuration " + arn + " can not be found.");
    }

    private String newId() {
        StringBuilder id = new StringBuilder("csc-");
        for (int i = 0; i < 17; i++) {
            id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
        }
        return id.toString();
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).format(LAST_MODIFIED);
    }
}
