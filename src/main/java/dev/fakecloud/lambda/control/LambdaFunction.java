package dev.fakecloud.lambda.control;

import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.model.FunctionConfiguration;
import dev.fakecloud.lambda.model.FunctionRequests.AliasConfiguration;
import java.util.TreeMap;

/**
 * A function with everything that hangs off it: $LATEST, published versions, aliases and reserved
 * concurrency. Mutable, and changed only by the control services while they hold its monitor
 * ({@code synchronized (fn)}); the versions it holds are immutable values.
 */
public final class LambdaFunction {

    private final Scope scope;
    private final String name;
    private FunctionVersion latest;
    private final TreeMap<Long, FunctionVersion> versions = new TreeMap<>();
    private long lastVersionNumber;
    private FunctionConfiguration lastPublishedSource;
    private final TreeMap<String, AliasConfiguration> aliases = new TreeMap<>();
    private Integer reservedConcurrency;

    public LambdaFunction(Scope scope, String name, FunctionVersion latest) {
        this.scope = scope;
        this.name = name;
        this.latest = latest;
    }

    public Scope scope() {
        return scope;
    }

    public String name() {
        return name;
    }

    public String arn() {
        return LambdaArns.function(scope, name, null);
    }

    public synchronized FunctionVersion latest() {
        return latest;
    }

    public synchronized void setLatest(FunctionVersion latest) {
        this.latest = latest;
    }

    /** Published versions by number; callers hold the monitor while they iterate. */
    public TreeMap<Long, FunctionVersion> versions() {
        return versions;
    }

    public synchronized long nextVersionNumber() {
        return ++lastVersionNumber;
    }

    /** $LATEST's configuration as it was when the newest version was published from it. */
    public synchronized FunctionConfiguration lastPublishedSource() {
        return lastPublishedSource;
    }

    public synchronized void setLastPublishedSource(FunctionConfiguration source) {
        this.lastPublishedSource = source;
    }

    public TreeMap<String, AliasConfiguration> aliases() {
        return aliases;
    }

    public synchronized Integer reservedConcurrency() {
        return reservedConcurrency;
    }

    public synchronized void setReservedConcurrency(Integer reservedConcurrency) {
        this.reservedConcurrency = reservedConcurrency;
    }
}
