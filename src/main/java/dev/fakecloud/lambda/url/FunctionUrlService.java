package dev.fakecloud.lambda.url;

import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.core.Page;
import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import dev.fakecloud.lambda.control.FunctionCleanup;
import dev.fakecloud.lambda.control.QualifiedKey;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.control.FunctionStore;
import dev.fakecloud.lambda.control.LambdaArns;
import dev.fakecloud.lambda.control.LambdaFunction;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.error.ResourceConflictException;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import dev.fakecloud.lambda.model.FunctionUrlShapes.CreateFunctionUrlConfigResponse;
import dev.fakecloud.lambda.model.FunctionUrlShapes.FunctionUrlConfig;
import dev.fakecloud.lambda.model.FunctionUrlShapes.FunctionUrlConfigRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Function URL configs: one per function and one per alias (never a version). The URL's host carries a random id,
 * {@code http://<url-id>.lambda-url.<region>.localhost:<port>/}, served on fakecloud's one port.
 */
@ApplicationScoped
public class FunctionUrlService {

    static final Pattern QUALIFIER = Pattern.compile("((?!^\\d+$)^[0-9a-zA-Z-_]+$)");
    private static final String NO_FUNCTION = "Function does not exist";
    private static final String NO_RESOURCE = "The resource you requested does not exist.";
    private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
    /** URLs by function and alias (null: the function itself). */
    private final Table<QualifiedKey, FunctionUrl> urls;
    private final FunctionStore functions;
    private final SecureRandom random = new SecureRandom();
    private final int defaultPort;

    public FunctionUrlService(StateStore store, FunctionCleanup cleanup, FunctionStore functions,
            FakecloudConfig config) {
        this.urls = store.table("lambda.function-urls", QualifiedKey.class, FunctionUrl.class);
        // an alias's URL outlives the alias, as on AWS (it answers 403 until an alias of that name exists again)
        cleanup.owns(urls, QualifiedKey::functionKey, null);
        this.functions = functions;
        this.defaultPort = config.port();
    }

    /** Parses the function name and {@code Qualifier}: none (the function) or an alias, never a version. */
    public static FunctionRef ref(String functionName, String qualifier, Scope scope) {
        checkQualifier(qualifier);
        FunctionRef ref = FunctionRef.parseStrict(functionName, qualifier, scope);
        if (qualifier == null) {
            checkQualifier(ref.qualifier());
        }
        return ref;
    }

    private static void checkQualifier(String qualifier) {
        Validation.start()
                .length(qualifier, "qualifier", 1, 128)
                .pattern(qualifier, "qualifier", QUALIFIER)
                .throwIfInvalid();
    }

    public CreateFunctionUrlConfigResponse create(Scope scope, FunctionRef ref, FunctionUrlConfigRequest request,
            String baseUrl) {
        FunctionUrlValidator.validate(request, true);
        LambdaFunction fn = existing(scope, ref);
        Instant now = Instant.now();
        FunctionUrl url = new FunctionUrl(scope, fn.name(), ref.qualifier(), newUrlId(), request.authType(),
                request.cors(), request.invokeMode(), now, now);
        if (urls.putIfAbsent(key(scope, fn.name(), ref), url) != null) {
            throw new ResourceConflictException("Failed to create function url config for [functionArn = "
                    + arn(url) + "]. Error message:  FunctionUrlConfig exists for this Lambda function");
        }
        return new CreateFunctionUrlConfigResponse(urlOf(url, baseUrl), arn(url), url.authType(), url.cors(),
                url.creationTimeText(), url.invokeMode());
    }

    public FunctionUrlConfig get(Scope scope, FunctionRef ref, String baseUrl) {
        return view(find(scope, ref).orElseThrow(() -> new ResourceNotFoundException(NO_RESOURCE)), baseUrl, true);
    }

    /** Changes the members the request carries; the others keep their values. */
    public FunctionUrlConfig update(Scope scope, FunctionRef ref, FunctionUrlConfigRequest request, String baseUrl) {
        FunctionUrlValidator.validate(request, false);
        LambdaFunction fn = existing(scope, ref);
        FunctionUrl updated = urls.update(key(scope, fn.name(), ref), current -> new FunctionUrl(scope,
                current.functionName(), current.qualifier(), current.urlId(),
                request.authType() != null ? request.authType() : current.authType(),
                request.cors() != null ? request.cors() : current.cors(),
                request.invokeMode() != null ? request.invokeMode() : current.invokeMode(),
                current.creationTime(), Instant.now()));
        if (updated == null) {
            throw new ResourceNotFoundException(NO_RESOURCE);
        }
        return view(updated, baseUrl, false);
    }

    public void delete(Scope scope, FunctionRef ref) {
        if (urls.remove(key(scope, ref.name(), ref)) == null) {
            throw new ResourceNotFoundException(NO_RESOURCE);
        }
    }

    public Page<FunctionUrlConfig> list(Scope scope, FunctionRef ref, String marker, int maxItems, String baseUrl) {
        LambdaFunction fn = functions.find(scope, ref.name())
                .orElseThrow(() -> new ResourceNotFoundException(NO_FUNCTION));
        List<FunctionUrl> all = urls.values().stream()
                .filter(u -> u.scope().equals(scope) && u.functionName().equals(fn.name()))
                .sorted(Comparator.comparing(FunctionUrlService::sortKey))
                .toList();
        Page<FunctionUrl> page = Page.of(all, FunctionUrlService::sortKey, marker, maxItems,
                () -> new InvalidParameterValueException("Invalid marker"));
        return new Page<>(page.items().stream().map(u -> view(u, baseUrl, true)).toList(), page.nextMarker());
    }

    /** The URL whose host carries {@code urlId}, for the endpoint that serves function URLs. */
    public Optional<FunctionUrl> byUrlId(String urlId) {
        return urls.values().stream().filter(u -> u.urlId().equals(urlId)).findFirst();
    }

    /** The URL of a config as reached through the caller's endpoint ({@code baseUrl} gives the port). */
    public String urlOf(FunctionUrl url, String baseUrl) {
        int port;
        try {
            port = URI.create(baseUrl).getPort();
        } catch (IllegalArgumentException | NullPointerException e) {
            port = defaultPort;
        }
        return "http://" + url.urlId() + ".lambda-url." + url.scope().region() + ".localhost"
                + (port > 0 ? ":" + port : "") + "/";
    }

    private Optional<FunctionUrl> find(Scope scope, FunctionRef ref) {
        return urls.find(key(scope, ref.name(), ref));
    }

    /** The function, when it (and the alias the qualifier names) exists. */
    private LambdaFunction existing(Scope scope, FunctionRef ref) {
        LambdaFunction fn = functions.find(scope, ref.name())
                .orElseThrow(() -> new ResourceNotFoundException(NO_FUNCTION));
        if (ref.qualifier() != null && !fn.aliases().containsKey(ref.qualifier())) {
            throw new ResourceNotFoundException(NO_FUNCTION);
        }
        return fn;
    }

    private String newUrlId() {
        while (true) {
            StringBuilder id = new StringBuilder(32);
            for (int i = 0; i < 32; i++) {
                id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
            }
            if (byUrlId(id.toString()).isEmpty()) {
                return id.toString();
            }
        }
    }

    private static QualifiedKey key(Scope scope, String functionName, FunctionRef ref) {
        return new QualifiedKey(scope, functionName, ref.qualifier());
    }

    private static String sortKey(FunctionUrl url) {
        return url.qualifier() == null ? "0" : "1" + url.qualifier();
    }

    private static String arn(FunctionUrl url) {
        return LambdaArns.function(url.scope(), url.functionName(), url.qualifier());
    }

    /**
     * @param effectiveMode whether to show BUFFERED for an invoke mode never set (Get and List do, the answer of
     *     an update does not)
     */
    private FunctionUrlConfig view(FunctionUrl url, String baseUrl, boolean effectiveMode) {
        return new FunctionUrlConfig(urlOf(url, baseUrl), arn(url), url.authType(), url.cors(),
                url.creationTimeText(), url.lastModifiedTimeText(),
                effectiveMode ? url.effectiveInvokeMode() : url.invokeMode());
    }
}
