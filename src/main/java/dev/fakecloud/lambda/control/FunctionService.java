package dev.fakecloud.lambda.control;

import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.core.Page;
import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.error.PreconditionFailedException;
import dev.fakecloud.lambda.error.ResourceConflictException;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import dev.fakecloud.lambda.model.FunctionConfiguration;
import dev.fakecloud.lambda.model.FunctionRequests.AliasConfiguration;
import dev.fakecloud.lambda.model.FunctionRequests.CreateFunctionRequest;
import dev.fakecloud.lambda.model.FunctionRequests.UpdateFunctionCodeRequest;
import dev.fakecloud.lambda.model.FunctionRequests.UpdateFunctionConfigurationRequest;
import dev.fakecloud.lambda.model.FunctionShapes.LayerReference;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The rules of a function's life: create, look up (by name, ARN, version or alias), update configuration or code,
 * delete. State transitions (Pending→Active, InProgress→Successful) complete after
 * {@code fakecloud.lambda.state-transition-delay}.
 */
@ApplicationScoped
public class FunctionService {

    private final FunctionStore store;
    private final CodeService codes;
    private final FunctionValidator validator;
    private final LayerLinker layers;
    private final Event<FunctionDeleted> deleted;
    private final Event<FunctionCreated> created;
    private final TagStore tags;
    private final Vertx vertx;
    private final long transitionDelayMs;

    public FunctionService(FunctionStore store, CodeService codes, FunctionValidator validator, LayerLinker layers,
            Event<FunctionDeleted> deleted, Event<FunctionCreated> created, TagStore tags, Vertx vertx,
            FakecloudConfig config) {
        this.created = created;
        this.tags = tags;
        this.store = store;
        this.codes = codes;
        this.validator = validator;
        this.layers = layers;
        this.deleted = deleted;
        this.vertx = vertx;
        this.transitionDelayMs = config.lambda().stateTransitionDelay().toMillis();
    }

    public record Created(LambdaFunction function, FunctionConfiguration response) {
    }

    public Created create(Scope scope, CreateFunctionRequest request) {
        validator.validateCreate(request);
        FunctionRef ref = FunctionRef.parseStrict(request.functionName(), null, scope);
        if (ref.qualified()) {
            throw new InvalidParameterValueException("Function name cannot contain a qualifier.");
        }
        String packageType = request.packageType() == null ? "Zip" : request.packageType();
        CodeArtifact code = codes.fromCode(request.code(), packageType);
        List<LayerReference> layerRefs = layers.link(scope, request.layers(), code);
        FunctionConfiguration config = FunctionConfigs.create(scope, ref.name(), request, code, layerRefs);
        if (request.tags() != null && request.tags().size() > TagService.MAX_TAGS) {
            throw new InvalidParameterValueException("Number of tags exceeds resource tag limit.");
        }
        LambdaFunction fn = new LambdaFunction(scope, ref.name(), new FunctionVersion(config, code));
        if (store.putIfAbsent(fn) != null) {
            throw new ResourceConflictException("Function already exist: " + ref.name());
        }
        if (request.tags() != null && !request.tags().isEmpty()) {
            tags.put(fn.arn(), request.tags(), TagService.MAX_TAGS);
        }
        FunctionConfiguration response = config;
        if (Boolean.TRUE.equals(request.publish())) {
            synchronized (fn) {
                long number = fn.nextVersionNumber();
                FunctionConfiguration published = FunctionConfigs.published(scope, config, number, null);
                fn.versions().put(number, new FunctionVersion(published, code));
                fn.setLastPublishedSource(config);
                FunctionConfiguration.Builder b = config.toBuilder();
                b.version = published.version();
                response = b.build();
            }
        }
        scheduleSettle(fn);
        created.fireAsync(new FunctionCreated(scope, fn.name(), config.runtime(), code.imageUri()));
        return new Created(fn, response);
    }

    /** Finds a function and the version a qualifier designates, or fails as AWS does. */
    public ResolvedFunction resolve(Scope scope, FunctionRef ref) {
        LambdaFunction fn = store.find(scope, ref.name())
                .orElseThrow(() -> new ResourceNotFoundException("Function not found: " + ref.qualifiedArn(scope)));
        return resolveIn(fn, ref);
    }

    public ResolvedFunction resolveIn(LambdaFunction fn, FunctionRef ref) {
        Scope scope = fn.scope();
        String qualifier = ref.qualifier();
        synchronized (fn) {
            if (qualifier == null || FunctionRef.LATEST.equals(qualifier)) {
                return new ResolvedFunction(fn, fn.latest(), qualifier, null);
            }
            if (qualifier.chars().allMatch(Character::isDigit)) {
                FunctionVersion v = parseVersion(qualifier) == null ? null : fn.versions().get(parseVersion(qualifier));
                if (v == null) {
                    throw new ResourceNotFoundException("Function not found: " + ref.qualifiedArn(scope));
                }
                return new ResolvedFunction(fn, v, qualifier, null);
            }
            AliasConfiguration alias = fn.aliases().get(qualifier);
            if (alias == null) {
                throw new ResourceNotFoundException("Function not found: " + ref.qualifiedArn(scope));
            }
            return new ResolvedFunction(fn, versionOf(fn, alias.functionVersion()), qualifier, alias);
        }
    }

    /** The same function reached the same way, but running {@code version} (an alias's routing choice). */
    public ResolvedFunction withVersion(ResolvedFunction resolved, String version) {
        LambdaFunction fn = resolved.function();
        synchronized (fn) {
            return new ResolvedFunction(fn, versionOf(fn, version), resolved.qualifier(), resolved.alias());
        }
    }

    /** The function itself, for operations that act on it as a whole. */
    public LambdaFunction function(Scope scope, String name) {
        return store.find(scope, name).orElseThrow(() -> new ResourceNotFoundException(
                "Function not found: " + LambdaArns.function(scope, name, null)));
    }

    /** A version of {@code fn} by its number or {@code $LATEST}; caller holds the monitor. */
    FunctionVersion versionOf(LambdaFunction fn, String version) {
        if (FunctionRef.LATEST.equals(version)) {
            return fn.latest();
        }
        Long number = parseVersion(version);
        FunctionVersion v = number == null ? null : fn.versions().get(number);
        if (v == null) {
            throw new ResourceNotFoundException("Function not found: " + LambdaArns.function(fn.scope(), fn.name(),
                    version));
        }
        return v;
    }

    static Long parseVersion(String version) {
        try {
            return Long.valueOf(version);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public FunctionConfiguration updateConfiguration(Scope scope, FunctionRef ref,
            UpdateFunctionConfigurationRequest request) {
        validator.validateUpdate(request);
        LambdaFunction fn = function(scope, ref.name());
        return updateLatest(fn, request.revisionId(), current -> {
            List<LayerReference> layerRefs = request.layers() == null ? null
                    : layers.link(scope, request.layers(), current.code());
            if (request.imageConfig() != null && !current.code().isImage()) {
                throw new InvalidParameterValueException("ImageConfig is not supported for functions with PackageType "
                        + "Zip.");
            }
            return current.withConfig(FunctionConfigs.update(scope, current.config(), request, layerRefs));
        });
    }

    public FunctionConfiguration updateCode(Scope scope, FunctionRef ref, UpdateFunctionCodeRequest request) {
        Validation.start()
                .maxSize(request.architectures(), "architectures", 1)
                .minSize(request.architectures(), "architectures", 1)
                .eachOneOf(request.architectures(), "architectures", FunctionValidator.ARCHITECTURES)
                .throwIfInvalid();
        LambdaFunction fn = function(scope, ref.name());
        boolean image = fn.latest().code().isImage();
        if (image && request.zipFile() != null || image && request.s3Bucket() != null) {
            throw new InvalidParameterValueException("Please provide ImageUri when updating a function with packageType "
                    + "Image.");
        }
        if (!image && request.imageUri() != null) {
            throw new InvalidParameterValueException("Please don't provide ImageUri when updating a function with "
                    + "packageType Zip.");
        }
        CodeArtifact code = image ? codes.fromImage(request.imageUri() == null ? fn.latest().code().imageUri()
                : request.imageUri()) : codes.fromZip(request.zipFile(), request.s3Bucket(), request.s3Key());
        if (Boolean.TRUE.equals(request.dryRun())) {
            FunctionConfiguration preview = FunctionConfigs.withCode(fn.latest().config(), code,
                    request.architectures());
            return preview;
        }
        FunctionConfiguration updated = updateLatest(fn, request.revisionId(), current ->
                new FunctionVersion(FunctionConfigs.withCode(current.config(), code, request.architectures()), code));
        if (Boolean.TRUE.equals(request.publish())) {
            return publishLatest(fn, null);
        }
        return updated;
    }

    /** Publishes $LATEST as a new version unless the last published version already has the same content. */
    FunctionConfiguration publishLatest(LambdaFunction fn, String description) {
        synchronized (fn) {
            FunctionVersion latest = fn.latest();
            Map.Entry<Long, FunctionVersion> last = fn.versions().lastEntry();
            if (last != null && fn.lastPublishedSource() != null
                    && FunctionConfigs.sameContent(fn.lastPublishedSource(), latest.config())) {
                return last.getValue().config();
            }
            long number = fn.nextVersionNumber();
            FunctionConfiguration published = FunctionConfigs.settled(
                    FunctionConfigs.published(fn.scope(), latest.config(), number, description));
            fn.versions().put(number, new FunctionVersion(published, latest.code()));
            fn.setLastPublishedSource(latest.config());
            return published;
        }
    }

    private FunctionConfiguration updateLatest(LambdaFunction fn, String revisionId,
            UnaryOperator<FunctionVersion> change) {
        FunctionVersion updated;
        synchronized (fn) {
            FunctionVersion current = fn.latest();
            if (revisionId != null && !revisionId.equals(current.config().revisionId())) {
                throw PreconditionFailedException.revisionMismatch("GetFunction/GetAlias");
            }
            updated = change.apply(current);
            fn.setLatest(updated);
        }
        scheduleSettle(fn);
        return updated.config();
    }

    private void scheduleSettle(LambdaFunction fn) {
        if (transitionDelayMs <= 0) {
            settle(fn);
        } else {
            vertx.setTimer(transitionDelayMs, id -> settle(fn));
        }
    }

    private static void settle(LambdaFunction fn) {
        synchronized (fn) {
            FunctionVersion current = fn.latest();
            FunctionConfiguration c = current.config();
            if (!"Active".equals(c.state()) || !"Successful".equals(c.lastUpdateStatus())) {
                fn.setLatest(current.withConfig(FunctionConfigs.settled(c)));
            }
        }
    }

    public void delete(Scope scope, FunctionRef ref) {
        LambdaFunction fn = function(scope, ref.name());
        if (ref.qualifier() == null) {
            store.remove(fn);
            deleted.fire(new FunctionDeleted(scope, fn.name(), null));
            return;
        }
        if (FunctionRef.LATEST.equals(ref.qualifier())) {
            throw new InvalidParameterValueException("$LATEST version cannot be deleted without deleting the function.");
        }
        synchronized (fn) {
            Long number = parseVersion(ref.qualifier());
            if (number == null) {
                throw new InvalidParameterValueException("Deletion of aliases is not supported.");
            }
            if (fn.versions().remove(number) == null) {
                throw new ResourceNotFoundException("Function not found: " + ref.qualifiedArn(scope));
            }
        }
        deleted.fire(new FunctionDeleted(scope, fn.name(), ref.qualifier()));
    }

    public Page<FunctionConfiguration> list(Scope scope, boolean allVersions, String marker, int maxItems) {
        List<FunctionConfiguration> all = new ArrayList<>();
        for (LambdaFunction fn : store.list(scope)) {
            synchronized (fn) {
                if (allVersions) {
                    all.add(withArn(fn.latest().config(), LambdaArns.function(scope, fn.name(), FunctionRef.LATEST)));
                    fn.versions().values().forEach(v -> all.add(v.config()));
                } else {
                    all.add(fn.latest().config());
                }
            }
        }
        return Page.of(all, c -> c.functionName() + "\u0000" + versionKey(c.version()), marker, maxItems,
                () -> new InvalidParameterValueException("Invalid marker"));
    }

    /** Sort key of a version: $LATEST first, then numbers in numeric order. */
    static String versionKey(String version) {
        return FunctionRef.LATEST.equals(version) ? "" : String.format("%020d", Long.parseLong(version));
    }

    static FunctionConfiguration withArn(FunctionConfiguration c, String arn) {
        FunctionConfiguration.Builder b = c.toBuilder();
        b.functionArn = arn;
        return b.build();
    }

    /** All functions of a scope, for account usage and listings elsewhere. */
    public List<LambdaFunction> functions(Scope scope) {
        return store.list(scope);
    }
}
