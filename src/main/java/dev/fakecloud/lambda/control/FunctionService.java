package dev.fakecloud.lambda.control;

import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.core.Page;
import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.code.BlobReferences;
import dev.fakecloud.lambda.code.CodeArtifact;
import dev.fakecloud.lambda.code.CodeBlobStore;
import dev.fakecloud.lambda.code.CodeService;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.error.PreconditionFailedException;
import dev.fakecloud.lambda.error.ResourceConflictException;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import dev.fakecloud.lambda.model.FunctionConfiguration;
import dev.fakecloud.lambda.model.FunctionRequests.CreateFunctionRequest;
import dev.fakecloud.lambda.model.FunctionRequests.UpdateFunctionCodeRequest;
import dev.fakecloud.lambda.model.FunctionRequests.UpdateFunctionConfigurationRequest;
import dev.fakecloud.lambda.model.FunctionShapes.LayerReference;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The rules of a function's life: create, look up (by name, ARN, version or alias), update configuration or code,
 * publish, delete. Every change replaces the function's immutable value in the {@link FunctionStore} by
 * compare-and-swap, so concurrent changes never lose one another and nothing holds a lock while it works. State
 * transitions (Pending→Active, InProgress→Successful) complete after {@code fakecloud.lambda.state-transition-delay}.
 */
@ApplicationScoped
public class FunctionService implements BlobReferences {

    private final FunctionStore store;
    private final CodeService codes;
    private final CodeBlobStore blobs;
    private final FunctionValidator validator;
    private final LayerLinker layers;
    private final FunctionCleanup cleanup;
    private final Event<FunctionCreated> created;
    private final TagStore tags;
    private final Vertx vertx;
    private final long transitionDelayMs;

    public FunctionService(FunctionStore store, CodeService codes, CodeBlobStore blobs, FunctionValidator validator,
            LayerLinker layers, FunctionCleanup cleanup, Event<FunctionCreated> created, TagStore tags, Vertx vertx,
            FakecloudConfig config) {
        this.store = store;
        this.codes = codes;
        this.blobs = blobs;
        this.validator = validator;
        this.layers = layers;
        this.cleanup = cleanup;
        this.created = created;
        this.tags = tags;
        this.vertx = vertx;
        this.transitionDelayMs = config.lambda().stateTransitionDelay().toMillis();
        tags.ownedByFunctions(cleanup);
    }

    public record Created(LambdaFunction function, FunctionConfiguration response) {
    }

    public Created create(Scope scope, CreateFunctionRequest request) {
        validator.validateCreate(request);
        FunctionRef ref = FunctionRef.parseStrict(request.functionName(), null, scope);
        if (ref.qualified()) {
            throw new InvalidParameterValueException("Function name cannot contain a qualifier.");
        }
        if (request.tags() != null && request.tags().size() > TagService.MAX_TAGS) {
            throw new InvalidParameterValueException("Number of tags exceeds resource tag limit.");
        }
        String packageType = request.packageType() == null ? "Zip" : request.packageType();
        CodeArtifact code = codes.fromCode(request.code(), packageType);
        List<LayerReference> layerRefs = layers.link(scope, request.layers(), code);
        FunctionConfiguration config = FunctionConfigs.create(scope, ref.name(), request, code, layerRefs);
        LambdaFunction fn = LambdaFunction.created(scope, ref.name(), new FunctionVersion(config, code),
                request.codeSigningConfigArn());
        FunctionConfiguration response = config;
        if (Boolean.TRUE.equals(request.publish())) {
            FunctionConfiguration published = FunctionConfigs.published(scope, config, 1, null);
            fn = fn.withPublished(new FunctionVersion(published, code), config);
            FunctionConfiguration.Builder b = config.toBuilder();
            b.version = published.version();
            response = b.build();
        }
        if (store.putIfAbsent(fn) != null) {
            throw new ResourceConflictException("Function already exist: " + ref.name());
        }
        if (request.tags() != null && !request.tags().isEmpty()) {
            tags.put(fn.arn(), request.tags(), TagService.MAX_TAGS);
        }
        scheduleSettle(fn.key());
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
        QualifierTarget target = fn.target(ref.qualifier()).filter(t -> t.version() != null)
                .orElseThrow(() -> new ResourceNotFoundException("Function not found: " + ref.qualifiedArn(fn.scope())));
        return new ResolvedFunction(fn, target.version(), ref.qualifier(),
                target instanceof QualifierTarget.Alias a ? a.alias() : null);
    }

    /** The same function reached the same way, but running {@code version} (an alias's routing choice). */
    public ResolvedFunction withVersion(ResolvedFunction resolved, String version) {
        LambdaFunction fn = resolved.function();
        return new ResolvedFunction(fn, versionOf(fn, version), resolved.qualifier(), resolved.alias());
    }

    /** The function itself, for operations that act on it as a whole. */
    public LambdaFunction function(Scope scope, String name) {
        return store.find(scope, name).orElseThrow(() -> new ResourceNotFoundException(
                "Function not found: " + LambdaArns.function(scope, name, null)));
    }

    /** A version of {@code fn} by its number or {@code $LATEST}, or AWS's not-found error. */
    FunctionVersion versionOf(LambdaFunction fn, String version) {
        return fn.version(version).orElseThrow(() -> new ResourceNotFoundException("Function not found: "
                + LambdaArns.function(fn.scope(), fn.name(), version)));
    }

    public FunctionConfiguration updateConfiguration(Scope scope, FunctionRef ref,
            UpdateFunctionConfigurationRequest request) {
        validator.validateUpdate(request);
        LambdaFunction updated = change(scope, ref.name(), fn -> {
            FunctionVersion current = fn.latest();
            requireRevision(request.revisionId(), current.config().revisionId());
            List<LayerReference> layerRefs = request.layers() == null ? null
                    : layers.link(scope, request.layers(), current.code());
            if (request.imageConfig() != null && !current.code().isImage()) {
                throw new InvalidParameterValueException("ImageConfig is not supported for functions with PackageType "
                        + "Zip.");
            }
            return fn.withLatest(current.withConfig(FunctionConfigs.update(scope, current.config(), request,
                    layerRefs)));
        });
        scheduleSettle(updated.key());
        return updated.latest().config();
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
                : request.imageUri()) : codes.forFunction(request.zipFile(), request.s3Bucket(), request.s3Key(),
                        request.s3ObjectVersion());
        if (Boolean.TRUE.equals(request.dryRun())) {
            return FunctionConfigs.withCode(fn.latest().config(), code, request.architectures());
        }
        LambdaFunction updated = change(scope, ref.name(), current -> {
            requireRevision(request.revisionId(), current.latest().config().revisionId());
            return current.withLatest(new FunctionVersion(FunctionConfigs.withCode(current.latest().config(), code,
                    request.architectures()), code));
        });
        blobs.released();
        scheduleSettle(updated.key());
        if (Boolean.TRUE.equals(request.publish())) {
            return publishLatest(scope, ref.name(), null, null, null);
        }
        return updated.latest().config();
    }

    /**
     * Publishes $LATEST as a new version unless the last published version already has the same content (then that
     * version is the answer). {@code codeSha256} and {@code revisionId}, when given, must match $LATEST's.
     */
    FunctionConfiguration publishLatest(Scope scope, String name, String description, String codeSha256,
            String revisionId) {
        FunctionConfiguration[] answer = new FunctionConfiguration[1];
        change(scope, name, fn -> {
            FunctionVersion latest = fn.latest();
            FunctionConfiguration config = latest.config();
            if (codeSha256 != null && !codeSha256.equals(config.codeSha256())) {
                throw new InvalidParameterValueException("CodeSHA256 (" + codeSha256 + ") is different from "
                        + "current CodeSHA256 in $LATEST (" + config.codeSha256() + "). Please try again with the "
                        + "CodeSHA256 in $LATEST.");
            }
            requireRevision(revisionId, config.revisionId());
            Map.Entry<Long, FunctionVersion> last = fn.versions().lastEntry();
            if (last != null && fn.lastPublishedSource() != null
                    && FunctionConfigs.sameContent(fn.lastPublishedSource(), config)) {
                answer[0] = last.getValue().config();
                return fn;
            }
            FunctionConfiguration published = FunctionConfigs.settled(
                    FunctionConfigs.published(scope, config, fn.lastVersionNumber() + 1, description));
            answer[0] = published;
            return fn.withPublished(new FunctionVersion(published, latest.code()), config);
        });
        return answer[0];
    }

    /**
     * Replaces a function by compare-and-swap: {@code change} sees the current value and returns the next one (or
     * the same to change nothing, or throws to refuse); it may run more than once when another change wins the
     * race, so it must not have side effects. Fails with AWS's not-found error when there is no such function.
     */
    LambdaFunction change(Scope scope, String name, UnaryOperator<LambdaFunction> change) {
        FunctionKey key = new FunctionKey(scope, name);
        while (true) {
            LambdaFunction current = store.find(scope, name).orElseThrow(() -> new ResourceNotFoundException(
                    "Function not found: " + LambdaArns.function(scope, name, null)));
            LambdaFunction next = change.apply(current);
            if (next == current || store.replace(key, current, next)) {
                return next;
            }
        }
    }

    /**
     * Gives the version or alias a target names (its {@code $LATEST}, version or alias) a new revision id, as a
     * change of its resource policy does.
     */
    public void setRevision(Scope scope, String name, String qualifier, String revisionId) {
        change(scope, name, fn -> fn.withRevision(fn.target(qualifier).orElseThrow(() ->
                new ResourceNotFoundException("Function not found: " + LambdaArns.function(scope, name, qualifier))),
                revisionId));
    }

    /** Sets or (with null) removes the function's reserved concurrency. */
    public LambdaFunction setReservedConcurrency(Scope scope, String name, Integer reserved) {
        return change(scope, name, fn -> fn.withReservedConcurrency(reserved));
    }

    /** Sets or (with null) removes the code signing configuration the function uses. */
    public LambdaFunction setCodeSigningConfig(Scope scope, String name, String arn) {
        return change(scope, name, fn -> fn.withCodeSigningConfig(arn));
    }

    private static void requireRevision(String expected, String actual) {
        if (expected != null && !expected.equals(actual)) {
            throw PreconditionFailedException.revisionMismatch("GetFunction/GetAlias");
        }
    }

    private void scheduleSettle(FunctionKey key) {
        if (transitionDelayMs <= 0) {
            settle(key);
        } else {
            vertx.setTimer(transitionDelayMs, id -> settle(key));
        }
    }

    private void settle(FunctionKey key) {
        store.update(key, fn -> {
            FunctionConfiguration c = fn.latest().config();
            if ("Active".equals(c.state()) && "Successful".equals(c.lastUpdateStatus())) {
                return fn;
            }
            return fn.withLatest(fn.latest().withConfig(FunctionConfigs.settled(c)));
        });
    }

    /** After a restart, functions caught mid-transition complete it. */
    void onStart(@Observes StartupEvent event) {
        for (LambdaFunction fn : store.all()) {
            FunctionConfiguration c = fn.latest().config();
            if (!"Active".equals(c.state()) || !"Successful".equals(c.lastUpdateStatus())) {
                scheduleSettle(fn.key());
            }
        }
    }

    public void delete(Scope scope, FunctionRef ref) {
        LambdaFunction fn = function(scope, ref.name());
        if (ref.qualifier() == null) {
            if (store.remove(fn.key())) {
                cleanup.functionDeleted(fn.key());
                blobs.released();
            }
            return;
        }
        if (FunctionRef.LATEST.equals(ref.qualifier())) {
            throw new InvalidParameterValueException("$LATEST version cannot be deleted without deleting the function.");
        }
        Long number = LambdaFunction.versionNumber(ref.qualifier());
        if (number == null) {
            throw new InvalidParameterValueException("Deletion of aliases is not supported.");
        }
        change(scope, ref.name(), current -> {
            if (!current.versions().containsKey(number)) {
                throw new ResourceNotFoundException("Function not found: " + ref.qualifiedArn(scope));
            }
            return current.withVersion(number, null);
        });
        cleanup.qualifierDeleted(fn.key(), ref.qualifier());
        blobs.released();
    }

    public Page<FunctionConfiguration> list(Scope scope, boolean allVersions, String marker, int maxItems) {
        List<FunctionConfiguration> all = new ArrayList<>();
        for (LambdaFunction fn : store.list(scope)) {
            if (allVersions) {
                all.add(withArn(fn.latest().config(), LambdaArns.function(scope, fn.name(), FunctionRef.LATEST)));
                fn.versions().values().forEach(v -> all.add(v.config()));
            } else {
                all.add(fn.latest().config());
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

    @Override
    public Set<String> referencedBlobs() {
        Set<String> ids = new HashSet<>();
        for (LambdaFunction fn : store.all()) {
            ids.add(fn.latest().code().blobId());
            fn.versions().values().forEach(v -> ids.add(v.code().blobId()));
        }
        ids.remove(null);
        return ids;
    }
}
