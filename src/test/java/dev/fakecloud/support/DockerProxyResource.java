package dev.fakecloud.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * Points fakecloud's {@code DOCKER_HOST} at a {@link DockerSocketProxy} in front of the real engine, which the test
 * (field marked {@link InjectDockerProxy}) can stop and start.
 */
public class DockerProxyResource implements QuarkusTestResourceLifecycleManager {

    private DockerSocketProxy proxy;

    @Override
    public Map<String, String> start() {
        String engine = System.getenv().getOrDefault("DOCKER_HOST", "unix:///var/run/docker.sock");
        Path socket = Path.of(System.getProperty("java.io.tmpdir"), "fc-docker-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8) + ".sock");
        proxy = new DockerSocketProxy(socket, Path.of(engine.replaceFirst("^unix://", ""))).start();
        return Map.of("DOCKER_HOST", proxy.dockerHost());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(proxy,
                new TestInjector.AnnotatedAndMatchesType(InjectDockerProxy.class, DockerSocketProxy.class));
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }
}
