package dev.fakecloud.gateway;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code GET /_fakecloud/health}: liveness for CI sidecars, with the version and the services served. */
@Path("/_fakecloud/health")
public class HealthResource {

    public record Health(String status, String version, List<String> services) {
    }

    private final Gateway gateway;
    private final String version;

    public HealthResource(Gateway gateway, @ConfigProperty(name = "quarkus.application.version") String version) {
        this.gateway = gateway;
        this.version = version;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Health health() {
        return new Health("running", version, gateway.serviceNames().stream().sorted().toList());
    }
}
