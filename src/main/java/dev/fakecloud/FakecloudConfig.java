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

    /** Where state that must not live on the heap (deployment packages) is kept; a temporary directory when unset. */
    java.util.Optional<String> dataDir();

    Lambda lambda();

    interface Lambda {
        /** Account-wide concurrent executions limit reported by GetAccountSettings and enforced on invoke. */
        @WithDefault("1000")
        int concurrentExecutions();

        /** How long a new or updated function stays Pending/InProgress before it becomes Active/Successful. */
        @WithDefault("PT0.1S")
        java.time.Duration stateTransitionDelay();
    }
}
