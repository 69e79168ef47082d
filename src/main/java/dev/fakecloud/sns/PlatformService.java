package dev.fakecloud.sns;

import dev.fakecloud.core.Page;
import dev.fakecloud.sns.delivery.DeliveryLog;
import dev.fakecloud.sns.model.MobileShapes.CreatePlatformApplicationRequest;
import dev.fakecloud.sns.model.MobileShapes.CreatePlatformEndpointRequest;
import dev.fakecloud.sns.model.MobileShapes.EndpointArnResult;
import dev.fakecloud.sns.model.MobileShapes.EndpointEntry;
import dev.fakecloud.sns.model.MobileShapes.ListEndpointsResult;
import dev.fakecloud.sns.model.MobileShapes.ListPlatformApplicationsResult;
import dev.fakecloud.sns.model.MobileShapes.PlatformApplicationArnResult;
import dev.fakecloud.sns.model.MobileShapes.PlatformApplicationEntry;
import dev.fakecloud.sns.model.SnsShapes.AttributesResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Mobile push: platform applications and endpoints are kept with AWS's validation and shapes. fakecloud reaches no
 * push service: a message published to an endpoint (directly or through a topic) is accepted, and kept in the
 * {@link DeliveryLog}'s outbox with the payload for the endpoint's platform.
 */
@ApplicationScoped
public class PlatformService {

    private static final Set<String> PLATFORMS = Set.of("ADM", "APNS", "APNS_SANDBOX", "GCM", "BAIDU", "WNS", "MPNS");
    private static final Set<String> ENDPOINT_ATTRIBUTES = Set.of("CustomUserData", "Enabled", "Token");
    private static final Set<String> HIDDEN = Set.of("PlatformCredential", "PlatformPrincipal");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    private final PlatformStore store;
    private final DeliveryLog log;

    public PlatformService(PlatformStore store, DeliveryLog log) {
        this.store = store;
        this.log = log;
    }

    public PlatformApplicationArnResult createApplication(SnsCall call, CreatePlatformApplicationRequest req) {
        String name = req.name() == null ? "" : req.name();
        if (name.isEmpty()) {
            throw SnsErrors.invalidParameter("", "cannot be empty");
        }
        if (name.length() > 256) {
            throw SnsErrors.invalidParameter(name, "must be at most 256 characters long");
        }
        if (!NAME.matcher(name).matches()) {
            throw SnsErrors.invalidParameter(name, "must contain only characters 'a'-'z', 'A'-'Z', '0'-'9', '_', '-',"
                    + " and '.'");
        }
        if (req.platform() == null || !PLATFORMS.contains(req.platform())) {
            throw SnsErrors.invalidParameter("Platform", req.platform() + " is not supported");
        }
        if (req.attributes() == null) {
            throw SnsErrors.required("attributes");
        }
        checkCredentials(req.platform(), req.attributes());
        String arn = "arn:aws:sns:" + call.region() + ":" + call.accountId() + ":app/" + req.platform() + "/" + name;
        SortedMap<String, String> attributes = new TreeMap<>(req.attributes());
        attributes.putIfAbsent("Enabled", "true");
        store.put(new PlatformStore.Application(arn, name, req.platform(), attributes));
        return new PlatformApplicationArnResult(arn);
    }

    private static void checkCredentials(String platform, Map<String, String> attributes) {
        boolean principal = attributes.containsKey("PlatformPrincipal");
        boolean credential = attributes.containsKey("PlatformCredential");
        if (principal && !credential) {
            throw SnsErrors.invalidParameter("Attributes", "PlatformPrincipal attribute provided without "
                    + "PlatformCredential");
        }
        if (credential && !principal && platform.startsWith("APNS")) {
            throw SnsErrors.invalidParameter("Attributes", "PlatformCredential attribute provided without "
                    + "PlatformPrincipal");
        }
    }

    private PlatformStore.Application application(String arn) {
        SnsArns.parts(arn, "PlatformApplicationArn");
        PlatformStore.Application app = store.application(arn);
        if (app == null) {
            throw SnsErrors.notFound("PlatformApplication does not exist");
        }
        return app;
    }

    public AttributesResult applicationAttributes(SnsCall call, String arn) {
        return new AttributesResult(visible(application(arn).attributes()));
    }

    private static Map<String, String> visible(Map<String, String> attributes) {
        Map<String, String> out = new TreeMap<>(attributes);
        HIDDEN.forEach(out::remove);
        return out;
    }

    public void setApplicationAttributes(SnsCall call, String arn, Map<String, String> attributes) {
        if (attributes == null) {
            throw SnsErrors.required("attributes");
        }
        PlatformStore.Application app = application(arn);
        SortedMap<String, String> next = new TreeMap<>(app.attributes());
        next.putAll(attributes);
        store.put(new PlatformStore.Application(app.arn(), app.name(), app.platform(), next));
    }

    public void deleteApplication(SnsCall call, String arn) {
        SnsArns.parts(arn, "PlatformApplicationArn");
        store.removeApplication(arn);
    }

    public ListPlatformApplicationsResult listApplications(SnsCall call, String nextToken) {
        Page<PlatformStore.Application> page = Page.of(store.applications(call.accountId(), call.region()),
                PlatformStore.Application::arn, nextToken, 100, () -> SnsErrors.invalidParameter("NextToken"));
        return new ListPlatformApplicationsResult(page.items().stream().map(a -> new PlatformApplicationEntry(a.arn(),
                visible(a.attributes()))).toList(), page.nextMarker());
    }

    public EndpointArnResult createEndpoint(SnsCall call, CreatePlatformEndpointRequest req) {
        if (req.token() == null) {
            throw SnsErrors.required("token");
        }
        PlatformStore.Application app = application(req.platformApplicationArn());
        SortedMap<String, String> attributes = new TreeMap<>(checkEndpointAttributes(req.attributes()));
        if (req.customUserData() != null) {
            checkEndpointAttributes(Map.of("CustomUserData", req.customUserData()));
            attributes.put("CustomUserData", req.customUserData());
        }
        attributes.put("Token", req.token());
        attributes.putIfAbsent("Enabled", "true");
        for (PlatformStore.Endpoint existing : store.endpointsOf(app.arn())) {
            if (req.token().equals(existing.attributes().get("Token"))) {
                if (!existing.attributes().equals(attributes)) {
                    throw SnsErrors.invalidParameter("Token", "Endpoint " + existing.arn()
                            + " already exists with the same Token, but different attributes.");
                }
                return new EndpointArnResult(existing.arn());
            }
        }
        String arn = "arn:aws:sns:" + call.region() + ":" + call.accountId() + ":endpoint/" + app.platform() + "/"
                + app.name() + "/" + UUID.randomUUID();
        store.put(new PlatformStore.Endpoint(arn, app.arn(), attributes));
        return new EndpointArnResult(arn);
    }

    private static Map<String, String> checkEndpointAttributes(Map<String, String> attributes) {
        if (attributes == null) {
            return Map.of();
        }
        attributes.forEach((name, value) -> {
            if (!ENDPOINT_ATTRIBUTES.contains(name)) {
                throw SnsErrors.invalidParameter("Attributes", "Invalid attribute name: " + name);
            }
            if (name.equals("CustomUserData") && value.getBytes(StandardCharsets.UTF_8).length > 2048) {
                throw SnsErrors.invalidParameter("Attributes", "Invalid value for attribute: CustomUserData: must be "
                        + "at most 2048 bytes long in UTF-8 encoding");
            }
        });
        return attributes;
    }

    private PlatformStore.Endpoint endpoint(String arn) {
        String[] parts = SnsArns.parts(arn, "EndpointArn");
        if (parts[5].split("/", -1).length != 4) {
            throw SnsErrors.invalidParameter("EndpointArn", "Wrong number of slashes in relative portion of the ARN.");
        }
        PlatformStore.Endpoint endpoint = store.endpoint(arn);
        if (endpoint == null) {
            throw SnsErrors.notFound("Endpoint does not exist");
        }
        return endpoint;
    }

    public AttributesResult endpointAttributes(SnsCall call, String arn) {
        return new AttributesResult(endpoint(arn).attributes());
    }

    public void setEndpointAttributes(SnsCall call, String arn, Map<String, String> attributes) {
        if (attributes == null) {
            throw SnsErrors.required("attributes");
        }
        PlatformStore.Endpoint endpoint = endpoint(arn);
        SortedMap<String, String> next = new TreeMap<>(endpoint.attributes());
        next.putAll(checkEndpointAttributes(attributes));
        store.put(new PlatformStore.Endpoint(endpoint.arn(), endpoint.applicationArn(), next));
    }

    public void deleteEndpoint(SnsCall call, String arn) {
        if (arn == null) {
            throw SnsErrors.required("endpointArn");
        }
        store.removeEndpoint(arn);
    }

    public ListEndpointsResult listEndpoints(SnsCall call, String applicationArn, String nextToken) {
        PlatformStore.Application app = application(applicationArn);
        Page<PlatformStore.Endpoint> page = Page.of(store.endpointsOf(app.arn()), PlatformStore.Endpoint::arn,
                nextToken, 100, () -> SnsErrors.invalidParameter("NextToken"));
        return new ListEndpointsResult(page.items().stream().map(e -> new EndpointEntry(e.arn(), e.attributes()))
                .toList(), page.nextMarker());
    }

    /** Publish with a TargetArn naming an endpoint: accepted and kept in the outbox with its platform's payload. */
    String publish(SnsCall call, String arn, MessageDraft draft) {
        PlatformStore.Endpoint endpoint = store.endpoint(arn);
        if (endpoint == null) {
            throw SnsErrors.invalidParameter("TargetArn", "No endpoint found for the target arn specified");
        }
        if (!"true".equalsIgnoreCase(endpoint.attributes().get("Enabled"))) {
            throw SnsErrors.endpointDisabled();
        }
        String platform = arn.split(":", -1)[5].split("/")[1];
        String id = UUID.randomUUID().toString();
        log.outbox(new DeliveryLog.OutboxMessage("application", arn, null, id, draft.subject(),
                draft.perProtocol().getOrDefault(platform, draft.message()), Instant.now()));
        return id;
    }
}
