package dev.fakecloud.sns;

import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.core.store.Table;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Mobile push platform applications and their endpoints, by ARN, in the state store. */
@Startup
@ApplicationScoped
public class PlatformStore {

    /** A platform application; its credentials are kept but never shown. */
    public record Application(String arn, String name, String platform, SortedMap<String, String> attributes) {
        public Application {
            attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
        }
    }

    /** A device endpoint of an application. */
    public record Endpoint(String arn, String applicationArn, SortedMap<String, String> attributes) {
        public Endpoint {
            attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
        }
    }

    private final Table<String, Application> applications;
    private final Table<String, Endpoint> endpoints;

    public PlatformStore(StateStore store) {
        this.applications = store.sortedTable("sns.platform-applications", String.class, Application.class,
                Comparator.naturalOrder());
        this.endpoints = store.sortedTable("sns.platform-endpoints", String.class, Endpoint.class,
                Comparator.naturalOrder());
    }

    Application application(String arn) {
        return applications.get(arn);
    }

    void put(Application application) {
        applications.put(application.arn(), application);
    }

    void removeApplication(String arn) {
        if (applications.remove(arn) != null) {
            endpointsOf(arn).forEach(e -> endpoints.remove(e.arn()));
        }
    }

    List<Application> applications(String accountId, String region) {
        String prefix = "arn:aws:sns:" + region + ":" + accountId + ":app/";
        return applications.range(prefix, prefix + '\uffff');
    }

    Endpoint endpoint(String arn) {
        return endpoints.get(arn);
    }

    void put(Endpoint endpoint) {
        endpoints.put(endpoint.arn(), endpoint);
    }

    void removeEndpoint(String arn) {
        endpoints.remove(arn);
    }

    List<Endpoint> endpointsOf(String applicationArn) {
        return endpoints.values().stream().filter(e -> e.applicationArn().equals(applicationArn))
                .sorted(Comparator.comparing(Endpoint::arn)).toList();
    }
}
