package dev.fakecloud;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every setting of fakecloud. Each key is also read from the environment as {@code FAKECLOUD_<KEY>} (dots and
 * dashes become underscores), e.g. {@code FAKECLOUD_ACCOUNT_ID}.
 */
@ConfigMapping(prefix = "fakecloud")
public interface FakecloudConfig {

    /** The one port every service is served on. */
    @WithDefault("4566")
    int port();

    /** Account id of every caller (AWS access keys are not checked). */
    @WithDefault("000000000000")
    String accountId();

    /** Region used when a request does not name one in its SigV4 credential scope. */
    @WithDefault("us-east-1")
    String region();

    /**
     * Where state is persisted (journal and snapshots, deployment packages): everything survives a restart. Unset:
     * state lives in memory and deployment packages in a temporary directory removed at shutdown.
     */
    java.util.Optional<String> dataDir();

    /** Whether an acknowledged write is also forced to the disk (power-loss safety) or only handed to the OS. */
    @WithDefault("never")
    Fsync dataFsync();

    enum Fsync { NEVER, ALWAYS }

    /**
     * On SIGTERM, how long requests in flight (synchronous invokes among them) may finish before state is persisted
     * and function containers are removed (applied as {@code quarkus.shutdown.timeout}).
     */
    @WithDefault("PT30S")
    java.time.Duration shutdownGrace();

    Lambda lambda();

    Events events();

    Dynamodb dynamodb();

    interface Dynamodb {
        /**
         * How often items whose time-to-live attribute lies in the past are deleted (with a REMOVE stream record).
         * AWS deletes them within a few days of expiry; here they go at the next sweep.
         */
        @WithDefault("PT5S")
        java.time.Duration ttlSweepInterval();
    }

    Kinesis kinesis();

    interface Kinesis {
        /**
         * How long one hour of a stream's retention period lasts: records older than the retention period expire.
         * AWS's is an hour; a shorter one lets tests and demos watch records expire.
         */
        @WithDefault("PT1H")
        java.time.Duration retentionHour();

        /**
         * How long a SubscribeToShard subscription delivers events before its stream ends and the consumer
         * subscribes again. AWS's is five minutes; a shorter one lets tests and demos watch subscriptions end.
         */
        @WithDefault("PT5M")
        java.time.Duration subscriptionLifetime();
    }

    interface Events {
        /**
         * How long the minute of {@code rate(...)} schedules lasts: {@code rate(5 minutes)} fires every five of these
         * (hours and days scale alike). AWS's is one minute; a shorter one lets tests and demos watch schedules fire.
         * {@code cron(...)} schedules always follow the clock.
         */
        @WithDefault("PT1M")
        java.time.Duration rateUnit();
    }

    interface Lambda {
        /** Account-wide concurrent executions limit reported by GetAccountSettings and enforced on invoke. */
        @WithDefault("1000")
        int concurrentExecutions();

        /** How long a new or updated function stays Pending/InProgress before it becomes Active/Successful. */
        @WithDefault("PT0.1S")
        java.time.Duration stateTransitionDelay();

        /**
         * At most this many environments are really started ahead of time for one provisioned concurrency
         * configuration (two at a time); the rest of a larger configuration starts on demand. Keeps a laptop from
         * starting hundreds of containers for a config meant for production.
         */
        @WithDefault("10")
        int provisionedPrestartLimit();

        /** How long an idle execution environment is kept warm before its container is removed. */
        @WithDefault("PT10M")
        java.time.Duration keepalive();

        /**
         * How many asynchronous ({@code Event}) invocations of one function may wait for concurrency; beyond that the
         * Invoke API answers {@code TooManyRequestsException}.
         */
        @WithDefault("1000")
        int eventQueueSize();

        /**
         * How long an asynchronous invocation whose function failed waits before each retry (AWS: one minute, then
         * two); the last delay repeats. Throttled or unstartable events are retried with their own backoff until
         * their maximum event age.
         */
        @WithDefault("PT1M,PT2M")
        java.util.List<java.time.Duration> asyncRetryDelays();

        /** How long a new execution environment may take to reach the Runtime API before the invoke fails. */
        @WithDefault("PT60S")
        java.time.Duration initTimeout();

        /**
         * How function containers reach fakecloud: {@code host} (host networking), {@code bridge} (default bridge,
         * fakecloud reached as host.docker.internal), a network name (fakecloud itself runs in a container on that
         * network), or {@code auto} (host networking with a local Docker engine, else bridge).
         */
        @WithDefault("auto")
        String dockerNetwork();

        /**
         * The S3 bucket name that makes {@code S3Key} of CreateFunction/UpdateFunctionCode a directory on this
         * machine, used as the function's code and reloaded when its files change.
         */
        @WithDefault("hot-reload")
        String hotReloadBucket();

        /** Registry and prefix of the runtime images; AWS's {@code <lang>:<tag>} is appended. */
        @WithDefault("public.ecr.aws/lambda")
        String imageRegistry();

        /** Per-runtime image overrides, e.g. {@code python3.12=my/python:3.12,nodejs20.x=my/node:20}. */
        java.util.Optional<String> runtimeImages();

        /**
         * The address function containers use to reach fakecloud (Runtime API and {@code AWS_ENDPOINT_URL}); derived
         * from the network mode when unset.
         */
        java.util.Optional<String> advertisedHost();
    }
}
