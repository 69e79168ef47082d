package dev.fakecloud.core.target;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every {@link TargetService}, by the service part of the ARNs it answers. */
@ApplicationScoped
public class Targets {

    private final Instance<TargetService> services;
    private volatile Map<String, TargetService> byService;

    public Targets(Instance<TargetService> services) {
        this.services = services;
    }

    private Map<String, TargetService> byService() {
        Map<String, TargetService> map = byService;
        if (map == null) {
            map = services.stream().collect(Collectors.toUnmodifiableMap(TargetService::service, Function.identity()));
            byService = map;
        }
        return map;
    }

    /** The service part of an ARN ({@code arn:aws:<service>:...}), or null when it is not an ARN. */
    public static String serviceOf(String arn) {
        if (arn == null || !arn.startsWith("arn:")) {
            return null;
        }
        String[] parts = arn.split(":", 4);
        return parts.length < 4 ? null : parts[2];
    }

    /** Whether the ARN names an existing resource of a service that receives messages. */
    public boolean exists(String arn) {
        TargetService target = byService().get(serviceOf(arn));
        return target != null && target.exists(arn);
    }

    /** Delivers to whatever the ARN names; a failed {@code Uni} when no service takes it or the target refuses. */
    public Uni<Void> deliver(String arn, Outbound message) {
        TargetService target = byService().get(serviceOf(arn));
        if (target == null) {
            return Uni.createFrom().failure(new UnknownTargetException(arn));
        }
        return Uni.createFrom().deferred(() -> target.deliver(arn, message));
    }

    /** No service receives messages for this ARN. */
    public static final class UnknownTargetException extends RuntimeException {
        public UnknownTargetException(String arn) {
            super("No service receives messages for " + arn);
        }
    }
}
