package dev.fakecloud.lambda.runtime;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.time.Duration;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The Docker engine, reached through {@code DOCKER_HOST} (the local unix socket by default). The client is created
 * on first use, not at start-up. Every call runs on a worker thread, never on the event loop; failures to reach the
 * engine become {@link DockerUnavailableException}s, and the next call tries again.
 */
@Singleton
public class Docker {

    /**
     * Container output is read over connections of its own ({@link ContainerOutputs}), so this pool serves short calls
     * and the exit watch (and, with a TLS engine, one output stream per warm environment).
     */
    static final int MAX_CONNECTIONS = 4096;

    private volatile DockerClient client;
    private volatile String host;
    private volatile SocketAddress plainAddress;

    public <T> Uni<T> call(String what, Function<DockerClient, T> action) {
        return Uni.createFrom().item(() -> action.apply(client()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure(Docker::unreachable).transform(e -> new DockerUnavailableException(
                        "fakecloud could not reach the Docker engine at " + host() + " to " + what + " ("
                                + rootMessage(e) + "). Start Docker, or point DOCKER_HOST at a running engine; "
                                + "functions run again as soon as it is reachable."));
    }

    /** Runs on the calling thread; for worker-thread code (callbacks, shutdown). */
    public DockerClient client() {
        DockerClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    DefaultDockerClientConfig.Builder builder = DefaultDockerClientConfig.createDefaultConfigBuilder();
                    ConfigProvider.getConfig().getOptionalValue("DOCKER_HOST", String.class)
                            .ifPresent(builder::withDockerHost);
                    DockerClientConfig config = builder.build();
                    host = config.getDockerHost().toString();
                    plainAddress = plainAddress(config);
                    client = DockerClientImpl.getInstance(config, new ZerodepDockerHttpClient.Builder()
                            .dockerHost(config.getDockerHost()).sslConfig(config.getSSLConfig()).maxConnections(MAX_CONNECTIONS)
                            .connectionTimeout(Duration.ofSeconds(5)).responseTimeout(Duration.ofMinutes(10))
                            .build());
                }
                c = client;
            }
        }
        return c;
    }

    /**
     * Where a plain connection (no TLS) reaches the engine, for streams read without a thread of their own; null
     * when only docker-java can talk to it.
     */
    SocketAddress plainAddress() {
        client();
        return plainAddress;
    }

    private static SocketAddress plainAddress(DockerClientConfig config) {
        URI uri = config.getDockerHost();
        if ("unix".equals(uri.getScheme())) {
            return UnixDomainSocketAddress.of(uri.getPath());
        }
        if ("tcp".equals(uri.getScheme()) && config.getSSLConfig() == null) {
            return new InetSocketAddress(uri.getHost(), uri.getPort());
        }
        return null;
    }

    public String host() {
        if (host == null) {
            return ConfigProvider.getConfig().getOptionalValue("DOCKER_HOST", String.class)
                    .orElse("unix:///var/run/docker.sock");
        }
        return host;
    }

    /** Whether the engine is on this machine (a unix socket), so host networking reaches fakecloud. */
    public boolean local() {
        return host().startsWith("unix://");
    }

    static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
            if (t instanceof RuntimeException && t.getClass().getName().startsWith("com.github.dockerjava.zerodep")) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    @PreDestroy
    void close() {
        DockerClient c = client;
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // closing at shutdown
            }
        }
    }
}
