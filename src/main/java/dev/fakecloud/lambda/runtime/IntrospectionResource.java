package dev.fakecloud.lambda.runtime;

import dev.fakecloud.FakecloudConfig;
import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.control.LambdaArns;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** What tests look at: every invocation, the warm environments, and eviction of a function's environments. */
@Path("/_fakecloud/lambda")
@Produces(MediaType.APPLICATION_JSON)
public class IntrospectionResource {

    @RegisterForReflection
    public record Invocations(List<InvocationRecorder.InvocationRecord> invocations) {
    }

    @RegisterForReflection
    public record WarmContainer(String functionName, String functionArn, String version, String runtime,
            String containerId, String state, long lastUsedSecsAgo) {
    }

    @RegisterForReflection
    public record WarmContainers(List<WarmContainer> containers) {
    }

    @RegisterForReflection
    public record Evicted(int evicted) {
    }

    private final InvocationRecorder recorder;
    private final ContainerExecutionEngine engine;
    private final FakecloudConfig config;

    public IntrospectionResource(InvocationRecorder recorder, ContainerExecutionEngine engine, FakecloudConfig config) {
        this.recorder = recorder;
        this.engine = engine;
        this.config = config;
    }

    @GET
    @Path("invocations")
    public Invocations invocations(@QueryParam("functionName") String functionName) {
        List<InvocationRecorder.InvocationRecord> all = recorder.all();
        return new Invocations(functionName == null ? all
                : all.stream().filter(r -> r.functionName().equals(functionName)).toList());
    }

    /** Forgets the recorded invocations (tests that count invocations start from a clean record). */
    @DELETE
    @Path("invocations")
    public void clearInvocations() {
        recorder.clear();
    }

    @GET
    @Path("warm-containers")
    public WarmContainers warm() {
        long now = System.currentTimeMillis();
        return new WarmContainers(engine.environmentsByKey().stream().map(Map.Entry::getValue)
                .filter(e -> e.state() != ExecutionEnvironment.State.DEAD)
                .map(e -> new WarmContainer(e.spec.functionName(), e.spec.functionArn(), e.spec.version(),
                        e.spec.runtime(), e.containerId(), e.state().name().toLowerCase(java.util.Locale.ROOT),
                        (now - e.lastUsedMillis()) / 1000))
                .toList());
    }

    @POST
    @Path("{function}/evict-container")
    public Evicted evict(@PathParam("function") String function, @QueryParam("region") String region) {
        Scope scope = new Scope(config.accountId(), region == null ? config.region() : region);
        String name = FunctionRef.parse(function, null, scope).name();
        return new Evicted(engine.evict(scope.accountId(), scope.region(), name));
    }

}
