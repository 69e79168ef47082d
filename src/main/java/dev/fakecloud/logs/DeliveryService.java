package dev.fakecloud.logs;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.logs.model.DeliveryShapes.CreateDeliveryRequest;
import dev.fakecloud.logs.model.DeliveryShapes.CreateDeliveryResponse;
import dev.fakecloud.logs.model.DeliveryShapes.DeleteDeliveryDestinationPolicyRequest;
import dev.fakecloud.logs.model.DeliveryShapes.DeleteDeliveryDestinationRequest;
import dev.fakecloud.logs.model.DeliveryShapes.DeleteDeliveryRequest;
import dev.fakecloud.logs.model.DeliveryShapes.DeleteDeliverySourceRequest;
import dev.fakecloud.logs.model.DeliveryShapes.Delivery;
import dev.fakecloud.logs.model.DeliveryShapes.DeliveryDestination;
import dev.fakecloud.logs.model.DeliveryShapes.DeliverySource;
import dev.fakecloud.logs.model.DeliveryShapes.DescribeConfigurationTemplatesRequest;
import dev.fakecloud.logs.model.DeliveryShapes.DescribeConfigurationTemplatesResponse;
import dev.fakecloud.logs.model.DeliveryShapes.DescribeDeliveriesRequest;
import dev.fakecloud.logs.model.DeliveryShapes.DescribeDeliveriesResponse;
import dev.fakecloud.logs.model.DeliveryShapes.DescribeDeliveryDestinationsRequest;
import dev.fakecloud.logs.model.DeliveryShapes.DescribeDeliveryDestinationsResponse;
import dev.fakecloud.logs.model.DeliveryShapes.DescribeDeliverySourcesRequest;
import dev.fakecloud.logs.model.DeliveryShapes.DescribeDeliverySourcesResponse;
import dev.fakecloud.logs.model.DeliveryShapes.GetDeliveryDestinationPolicyRequest;
import dev.fakecloud.logs.model.DeliveryShapes.GetDeliveryDestinationPolicyResponse;
import dev.fakecloud.logs.model.DeliveryShapes.GetDeliveryDestinationRequest;
import dev.fakecloud.logs.model.DeliveryShapes.GetDeliveryDestinationResponse;
import dev.fakecloud.logs.model.DeliveryShapes.GetDeliveryRequest;
import dev.fakecloud.logs.model.DeliveryShapes.GetDeliveryResponse;
import dev.fakecloud.logs.model.DeliveryShapes.GetDeliverySourceRequest;
import dev.fakecloud.logs.model.DeliveryShapes.GetDeliverySourceResponse;
import dev.fakecloud.logs.model.DeliveryShapes.Policy;
import dev.fakecloud.logs.model.DeliveryShapes.PutDeliveryDestinationPolicyRequest;
import dev.fakecloud.logs.model.DeliveryShapes.PutDeliveryDestinationPolicyResponse;
import dev.fakecloud.logs.model.DeliveryShapes.PutDeliveryDestinationRequest;
import dev.fakecloud.logs.model.DeliveryShapes.PutDeliveryDestinationResponse;
import dev.fakecloud.logs.model.DeliveryShapes.PutDeliverySourceRequest;
import dev.fakecloud.logs.model.DeliveryShapes.PutDeliverySourceResponse;
import dev.fakecloud.logs.model.DeliveryShapes.UpdateDeliveryConfigurationRequest;
import dev.fakecloud.logs.model.DeliveryShapes.UpdateDeliveryConfigurationResponse;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Vended-log deliveries (a delivery source, e.g. a service's access logs, linked to a delivery destination in S3,
 * CloudWatch Logs or Firehose), with their destinations' policies: stored as AWS stores them; nothing is delivered.
 */
@Startup
@ApplicationScoped
public class DeliveryService {

    private final ScopedTable<DeliverySource> sources;
    private final ScopedTable<DeliveryDestination> destinations;
    private final ScopedTable<Policy> destinationPolicies;
    private final ScopedTable<Delivery> deliveries;

    public DeliveryService(StateStore store) {
        this.sources = new ScopedTable<>(store, "logs.delivery-sources", DeliverySource.class);
        this.destinations = new ScopedTable<>(store, "logs.delivery-destinations", DeliveryDestination.class);
        this.destinationPolicies = new ScopedTable<>(store, "logs.delivery-destination-policies", Policy.class);
        this.deliveries = new ScopedTable<>(store, "logs.deliveries", Delivery.class);
    }

    private static String arn(LogsCall call, String kind, String id) {
        return "arn:aws:logs:" + call.region() + ":" + call.accountId() + ":" + kind + ":" + id;
    }

    public PutDeliverySourceResponse putSource(LogsCall call, PutDeliverySourceRequest r) {
        LogsErrors.require(new String[] {"name", "resourceArn", "logType"}, r.name(), r.resourceArn(), r.logType());
        String[] arn = r.resourceArn().split(":", 6);
        DeliverySource s = new DeliverySource(r.name(), arn(call, "delivery-source", r.name()),
                List.of(r.resourceArn()), arn.length > 2 ? arn[2] : null, r.logType(), r.tags(),
                r.deliverySourceConfiguration(), "ACTIVE", null);
        sources.put(call, r.name(), s);
        return new PutDeliverySourceResponse(s);
    }

    public GetDeliverySourceResponse getSource(LogsCall call, GetDeliverySourceRequest r) {
        LogsErrors.require("name", r.name());
        return new GetDeliverySourceResponse(require(sources.get(call, r.name()), "delivery source"));
    }

    public DescribeDeliverySourcesResponse describeSources(LogsCall call, DescribeDeliverySourcesRequest r) {
        Page<DeliverySource> page = Page.of(sources.list(call, ""), DeliverySource::name, r.nextToken(),
                LogGroupService.limit(r.limit(), 50), LogsErrors::invalidToken);
        return new DescribeDeliverySourcesResponse(page.items(), page.nextMarker());
    }

    public void deleteSource(LogsCall call, DeleteDeliverySourceRequest r) {
        LogsErrors.require("name", r.name());
        if (deliveries.list(call, "").stream().anyMatch(d -> d.deliverySourceName().equals(r.name()))) {
            throw LogsErrors.conflict("The delivery source is in use by a delivery.");
        }
        require(sources.remove(call, r.name()), "delivery source");
    }

    public PutDeliveryDestinationResponse putDestination(LogsCall call, PutDeliveryDestinationRequest r) {
        LogsErrors.require("name", r.name());
        String target = r.deliveryDestinationConfiguration() == null ? null
                : r.deliveryDestinationConfiguration().destinationResourceArn();
        String type = r.deliveryDestinationType() != null ? r.deliveryDestinationType() : typeOf(target);
        DeliveryDestination d = new DeliveryDestination(r.name(), arn(call, "delivery-destination", r.name()), type,
                r.outputFormat(), r.deliveryDestinationConfiguration(), r.tags());
        destinations.put(call, r.name(), d);
        return new PutDeliveryDestinationResponse(d);
    }

    private static String typeOf(String arn) {
        if (arn == null) {
            return "XRAY";
        }
        if (arn.startsWith("arn:aws:s3:")) {
            return "S3";
        }
        return arn.startsWith("arn:aws:firehose:") ? "FH" : "CWL";
    }

    public GetDeliveryDestinationResponse getDestination(LogsCall call, GetDeliveryDestinationRequest r) {
        LogsErrors.require("name", r.name());
        return new GetDeliveryDestinationResponse(require(destinations.get(call, r.name()), "delivery destination"));
    }

    public DescribeDeliveryDestinationsResponse describeDestinations(LogsCall call,
            DescribeDeliveryDestinationsRequest r) {
        Page<DeliveryDestination> page = Page.of(destinations.list(call, ""), DeliveryDestination::name,
                r.nextToken(), LogGroupService.limit(r.limit(), 50), LogsErrors::invalidToken);
        return new DescribeDeliveryDestinationsResponse(page.items(), page.nextMarker());
    }

    public void deleteDestination(LogsCall call, DeleteDeliveryDestinationRequest r) {
        LogsErrors.require("name", r.name());
        DeliveryDestination d = require(destinations.get(call, r.name()), "delivery destination");
        if (deliveries.list(call, "").stream().anyMatch(x -> x.deliveryDestinationArn().equals(d.arn()))) {
            throw LogsErrors.conflict("The delivery destination is in use by a delivery.");
        }
        destinations.remove(call, r.name());
        destinationPolicies.remove(call, r.name());
    }

    public PutDeliveryDestinationPolicyResponse putDestinationPolicy(LogsCall call,
            PutDeliveryDestinationPolicyRequest r) {
        LogsErrors.require(new String[] {"deliveryDestinationName", "deliveryDestinationPolicy"},
                r.deliveryDestinationName(), r.deliveryDestinationPolicy());
        require(destinations.get(call, r.deliveryDestinationName()), "delivery destination");
        Policy p = new Policy(r.deliveryDestinationPolicy());
        destinationPolicies.put(call, r.deliveryDestinationName(), p);
        return new PutDeliveryDestinationPolicyResponse(p);
    }

    public GetDeliveryDestinationPolicyResponse getDestinationPolicy(LogsCall call,
            GetDeliveryDestinationPolicyRequest r) {
        LogsErrors.require("deliveryDestinationName", r.deliveryDestinationName());
        require(destinations.get(call, r.deliveryDestinationName()), "delivery destination");
        Policy p = destinationPolicies.get(call, r.deliveryDestinationName());
        return new GetDeliveryDestinationPolicyResponse(p);
    }

    public void deleteDestinationPolicy(LogsCall call, DeleteDeliveryDestinationPolicyRequest r) {
        LogsErrors.require("deliveryDestinationName", r.deliveryDestinationName());
        require(destinationPolicies.remove(call, r.deliveryDestinationName()), "delivery destination policy");
    }

    public CreateDeliveryResponse create(LogsCall call, CreateDeliveryRequest r) {
        LogsErrors.require(new String[] {"deliverySourceName", "deliveryDestinationArn"}, r.deliverySourceName(),
                r.deliveryDestinationArn());
        require(sources.get(call, r.deliverySourceName()), "delivery source");
        DeliveryDestination d = destinations.list(call, "").stream()
                .filter(x -> x.arn().equals(r.deliveryDestinationArn())).findFirst().orElse(null);
        require(d, "delivery destination");
        if (deliveries.list(call, "").stream().anyMatch(x -> x.deliverySourceName().equals(r.deliverySourceName())
                && x.deliveryDestinationArn().equals(r.deliveryDestinationArn()))) {
            throw LogsErrors.conflict("A delivery from this source to this destination already exists.");
        }
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Delivery delivery = new Delivery(id, arn(call, "delivery", id), r.deliverySourceName(),
                r.deliveryDestinationArn(), d.deliveryDestinationType(), r.recordFields(), r.fieldDelimiter(),
                r.s3DeliveryConfiguration(), r.tags());
        deliveries.put(call, id, delivery);
        return new CreateDeliveryResponse(delivery);
    }

    public GetDeliveryResponse get(LogsCall call, GetDeliveryRequest r) {
        LogsErrors.require("id", r.id());
        return new GetDeliveryResponse(require(deliveries.get(call, r.id()), "delivery"));
    }

    public DescribeDeliveriesResponse describe(LogsCall call, DescribeDeliveriesRequest r) {
        Page<Delivery> page = Page.of(deliveries.list(call, ""), Delivery::id, r.nextToken(),
                LogGroupService.limit(r.limit(), 50), LogsErrors::invalidToken);
        return new DescribeDeliveriesResponse(page.items(), page.nextMarker());
    }

    public UpdateDeliveryConfigurationResponse update(LogsCall call, UpdateDeliveryConfigurationRequest r) {
        LogsErrors.require("id", r.id());
        require(deliveries.update(call, r.id(), d -> new Delivery(d.id(), d.arn(), d.deliverySourceName(),
                d.deliveryDestinationArn(), d.deliveryDestinationType(),
                r.recordFields() != null ? r.recordFields() : d.recordFields(),
                r.fieldDelimiter() != null ? r.fieldDelimiter() : d.fieldDelimiter(),
                r.s3DeliveryConfiguration() != null ? r.s3DeliveryConfiguration() : d.s3DeliveryConfiguration(),
                d.tags())), "delivery");
        return new UpdateDeliveryConfigurationResponse();
    }

    public void delete(LogsCall call, DeleteDeliveryRequest r) {
        LogsErrors.require("id", r.id());
        require(deliveries.remove(call, r.id()), "delivery");
    }

    /** No vended-log templates are known: the list is empty. */
    public DescribeConfigurationTemplatesResponse templates(LogsCall call, DescribeConfigurationTemplatesRequest r) {
        LogGroupService.limit(r.limit(), 50);
        return new DescribeConfigurationTemplatesResponse(List.of(), null);
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw LogsErrors.resourceNotFound("The specified " + what + " does not exist.");
        }
        return value;
    }
}
