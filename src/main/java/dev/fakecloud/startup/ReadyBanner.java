package dev.fakecloud.startup;

import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.gateway.Gateway;
import dev.fakecloud.lambda.runtime.Docker;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Once fakecloud serves, one short banner says what a user needs to know: version, endpoint, services, where state
 * lives, whether the Docker engine answers (and what to do when it does not), the runtime images in use, and the
 * {@code AWS_ENDPOINT_URL} to export. The Docker check runs off the start-up path; the banner follows it.
 */
@ApplicationScoped
public class ReadyBanner {

    private static final Logger LOG = Logger.getLogger("fakecloud");
    private static final Duration DOCKER_CHECK = Duration.ofSeconds(3);

    /** What the banner shows. */
    record Facts(String version, int port, String region, List<String> services, String state, String docker,
            String images, Duration startedIn) {
    }

    private final Gateway gateway;
    private final StateStore store;
    private final Docker docker;
    private final FakecloudConfig config;

    public ReadyBanner(Gateway gateway, StateStore store, Docker docker, FakecloudConfig config) {
        this.gateway = gateway;
        this.store = store;
        this.docker = docker;
        this.config = config;
    }

    void onStart(@Observes @Priority(Integer.MAX_VALUE - 1) StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.TEST) {
            return;
        }
        Duration startedIn = ProcessHandle.current().info().startInstant()
                .map(t -> Duration.between(t, Instant.now())).orElse(Duration.ZERO);
        String version = ConfigProvider.getConfig().getOptionalValue("quarkus.application.version", String.class)
                .orElse("unknown");
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.port", Integer.class)
                .orElse(config.port());
        String state = store.persistent()
                ? config.dataDir().orElse("?") + " (" + store.restored().rows() + " rows restored in "
                        + store.restored().millis() + " ms)"
                : "in memory (set FAKECLOUD_DATA_DIR or --data-dir to keep it across restarts)";
        String images = config.lambda().imageRegistry() + "/<runtime>:<tag>"
                + config.lambda().runtimeImages().map(o -> ", overrides " + o).orElse("");
        docker.call("check the engine", d -> d.versionCmd().exec().getVersion())
                .ifNoItem().after(DOCKER_CHECK).fail()
                .map(v -> "reachable at " + docker.host() + " (engine " + v + ")")
                .onFailure().recoverWithItem(e -> "NOT reachable at " + docker.host() + ": functions cannot run until "
                        + "it is (start Docker, or set DOCKER_HOST); everything else works")
                .subscribe().with(d -> LOG.info(text(new Facts(version, port, config.region(),
                        gateway.serviceNames().stream().sorted().toList(), state, d, images, startedIn))));
    }

    static String text(Facts f) {
        String endpoint = "http://localhost:" + f.port();
        return "fakecloud " + f.version() + " ready on " + endpoint + " in " + f.startedIn().toMillis() + " ms\n"
                + "  services: " + String.join(", ", f.services()) + "\n"
                + "  state:    " + f.state() + "\n"
                + "  docker:   " + f.docker() + "\n"
                + "  images:   " + f.images() + "\n"
                + "  use it:   export AWS_ENDPOINT_URL=" + endpoint
                + " AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=" + f.region();
    }
}
