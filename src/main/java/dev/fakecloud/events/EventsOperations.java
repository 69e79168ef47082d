package dev.fakecloud.events;

import dev.fakecloud.events.model.ArchiveShapes.CancelReplayRequest;
import dev.fakecloud.events.model.ArchiveShapes.CreateArchiveRequest;
import dev.fakecloud.events.model.ArchiveShapes.DeleteArchiveRequest;
import dev.fakecloud.events.model.ArchiveShapes.DescribeArchiveRequest;
import dev.fakecloud.events.model.ArchiveShapes.DescribeReplayRequest;
import dev.fakecloud.events.model.ArchiveShapes.ListArchivesRequest;
import dev.fakecloud.events.model.ArchiveShapes.ListReplaysRequest;
import dev.fakecloud.events.model.ArchiveShapes.StartReplayRequest;
import dev.fakecloud.events.model.ArchiveShapes.UpdateArchiveRequest;
import dev.fakecloud.events.model.ConnectionShapes.CreateApiDestinationRequest;
import dev.fakecloud.events.model.ConnectionShapes.CreateConnectionRequest;
import dev.fakecloud.events.model.ConnectionShapes.DeauthorizeConnectionRequest;
import dev.fakecloud.events.model.ConnectionShapes.DeleteApiDestinationRequest;
import dev.fakecloud.events.model.ConnectionShapes.DeleteConnectionRequest;
import dev.fakecloud.events.model.ConnectionShapes.DescribeApiDestinationRequest;
import dev.fakecloud.events.model.ConnectionShapes.DescribeConnectionRequest;
import dev.fakecloud.events.model.ConnectionShapes.ListApiDestinationsRequest;
import dev.fakecloud.events.model.ConnectionShapes.ListConnectionsRequest;
import dev.fakecloud.events.model.ConnectionShapes.UpdateApiDestinationRequest;
import dev.fakecloud.events.model.ConnectionShapes.UpdateConnectionRequest;
import dev.fakecloud.events.model.EndpointShapes.ActivateEventSourceRequest;
import dev.fakecloud.events.model.EndpointShapes.CreateEndpointRequest;
import dev.fakecloud.events.model.EndpointShapes.CreatePartnerEventSourceRequest;
import dev.fakecloud.events.model.EndpointShapes.DeactivateEventSourceRequest;
import dev.fakecloud.events.model.EndpointShapes.DeleteEndpointRequest;
import dev.fakecloud.events.model.EndpointShapes.DeletePartnerEventSourceRequest;
import dev.fakecloud.events.model.EndpointShapes.DescribeEndpointRequest;
import dev.fakecloud.events.model.EndpointShapes.DescribeEventSourceRequest;
import dev.fakecloud.events.model.EndpointShapes.DescribePartnerEventSourceRequest;
import dev.fakecloud.events.model.EndpointShapes.ListEndpointsRequest;
import dev.fakecloud.events.model.EndpointShapes.ListEventSourcesRequest;
import dev.fakecloud.events.model.EndpointShapes.ListPartnerEventSourceAccountsRequest;
import dev.fakecloud.events.model.EndpointShapes.ListPartnerEventSourcesRequest;
import dev.fakecloud.events.model.EndpointShapes.PutPartnerEventsRequest;
import dev.fakecloud.events.model.EndpointShapes.UpdateEndpointRequest;
import dev.fakecloud.events.model.EventsShapes.CreateEventBusRequest;
import dev.fakecloud.events.model.EventsShapes.DeleteEventBusRequest;
import dev.fakecloud.events.model.EventsShapes.DeleteRuleRequest;
import dev.fakecloud.events.model.EventsShapes.DescribeEventBusRequest;
import dev.fakecloud.events.model.EventsShapes.DescribeRuleRequest;
import dev.fakecloud.events.model.EventsShapes.DisableRuleRequest;
import dev.fakecloud.events.model.EventsShapes.EnableRuleRequest;
import dev.fakecloud.events.model.EventsShapes.ListEventBusesRequest;
import dev.fakecloud.events.model.EventsShapes.ListRulesRequest;
import dev.fakecloud.events.model.EventsShapes.ListTagsForResourceRequest;
import dev.fakecloud.events.model.EventsShapes.PutEventsRequest;
import dev.fakecloud.events.model.EventsShapes.PutPermissionRequest;
import dev.fakecloud.events.model.EventsShapes.PutRuleRequest;
import dev.fakecloud.events.model.EventsShapes.RemovePermissionRequest;
import dev.fakecloud.events.model.EventsShapes.TagResourceRequest;
import dev.fakecloud.events.model.EventsShapes.TagResourceResponse;
import dev.fakecloud.events.model.EventsShapes.TestEventPatternRequest;
import dev.fakecloud.events.model.EventsShapes.UntagResourceRequest;
import dev.fakecloud.events.model.EventsShapes.UntagResourceResponse;
import dev.fakecloud.events.model.EventsShapes.UpdateEventBusRequest;
import dev.fakecloud.events.model.TargetShapes.ListRuleNamesByTargetRequest;
import dev.fakecloud.events.model.TargetShapes.ListTargetsByRuleRequest;
import dev.fakecloud.events.model.TargetShapes.PutTargetsRequest;
import dev.fakecloud.events.model.TargetShapes.RemoveTargetsRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The EventBridge operation table: all 57 operations of the 2015-10-07 API, by name. */
@ApplicationScoped
public class EventsOperations {

    private final Map<String, EventsOperation<?>> byName;

    public EventsOperations(BusService buses, PermissionService permissions, RuleService rules, RuleTargets targets,
            EventIngest ingest, Patterns patterns, TagService tags, ArchiveService archives, ReplayService replays,
            ConnectionService connections, ApiDestinationService destinations, EndpointService endpoints,
            PartnerSourceService partners) {
        List<EventsOperation<?>> table = List.of(
                // event buses and their permissions
                new EventsOperation<>("CreateEventBus", CreateEventBusRequest.class, buses::create),
                new EventsOperation<>("DescribeEventBus", DescribeEventBusRequest.class, buses::describe),
                new EventsOperation<>("UpdateEventBus", UpdateEventBusRequest.class, buses::update),
                empty("DeleteEventBus", DeleteEventBusRequest.class, buses::delete),
                new EventsOperation<>("ListEventBuses", ListEventBusesRequest.class, buses::list),
                empty("PutPermission", PutPermissionRequest.class, permissions::put),
                empty("RemovePermission", RemovePermissionRequest.class, permissions::remove),
                // rules and targets
                new EventsOperation<>("PutRule", PutRuleRequest.class, rules::put),
                new EventsOperation<>("DescribeRule", DescribeRuleRequest.class, rules::describe),
                empty("DeleteRule", DeleteRuleRequest.class, rules::delete),
                empty("EnableRule", EnableRuleRequest.class, rules::enable),
                empty("DisableRule", DisableRuleRequest.class, rules::disable),
                new EventsOperation<>("ListRules", ListRulesRequest.class, rules::list),
                new EventsOperation<>("PutTargets", PutTargetsRequest.class, targets::put),
                new EventsOperation<>("RemoveTargets", RemoveTargetsRequest.class, targets::remove),
                new EventsOperation<>("ListTargetsByRule", ListTargetsByRuleRequest.class, targets::list),
                new EventsOperation<>("ListRuleNamesByTarget", ListRuleNamesByTargetRequest.class, targets::rulesOf),
                // events
                new EventsOperation<>("PutEvents", PutEventsRequest.class, ingest::put),
                new EventsOperation<>("TestEventPattern", TestEventPatternRequest.class, patterns::test),
                // tags
                new EventsOperation<>("TagResource", TagResourceRequest.class, (c, r) -> {
                    tags.tag(c, r);
                    return new TagResourceResponse();
                }),
                new EventsOperation<>("UntagResource", UntagResourceRequest.class, (c, r) -> {
                    tags.untag(c, r);
                    return new UntagResourceResponse();
                }),
                new EventsOperation<>("ListTagsForResource", ListTagsForResourceRequest.class, tags::list),
                // archives and replays
                new EventsOperation<>("CreateArchive", CreateArchiveRequest.class, archives::create),
                new EventsOperation<>("DescribeArchive", DescribeArchiveRequest.class, archives::describe),
                new EventsOperation<>("UpdateArchive", UpdateArchiveRequest.class, archives::update),
                new EventsOperation<>("DeleteArchive", DeleteArchiveRequest.class, archives::delete),
                new EventsOperation<>("ListArchives", ListArchivesRequest.class, archives::list),
                new EventsOperation<>("StartReplay", StartReplayRequest.class, replays::start),
                new EventsOperation<>("CancelReplay", CancelReplayRequest.class, replays::cancel),
                new EventsOperation<>("DescribeReplay", DescribeReplayRequest.class, replays::describe),
                new EventsOperation<>("ListReplays", ListReplaysRequest.class, replays::list),
                // connections and API destinations
                new EventsOperation<>("CreateConnection", CreateConnectionRequest.class, connections::create),
                new EventsOperation<>("DescribeConnection", DescribeConnectionRequest.class, connections::describe),
                new EventsOperation<>("UpdateConnection", UpdateConnectionRequest.class, connections::update),
                new EventsOperation<>("DeleteConnection", DeleteConnectionRequest.class, connections::delete),
                new EventsOperation<>("DeauthorizeConnection", DeauthorizeConnectionRequest.class,
                        connections::deauthorize),
                new EventsOperation<>("ListConnections", ListConnectionsRequest.class, connections::list),
                new EventsOperation<>("CreateApiDestination", CreateApiDestinationRequest.class, destinations::create),
                new EventsOperation<>("DescribeApiDestination", DescribeApiDestinationRequest.class,
                        destinations::describe),
                new EventsOperation<>("UpdateApiDestination", UpdateApiDestinationRequest.class, destinations::update),
                new EventsOperation<>("DeleteApiDestination", DeleteApiDestinationRequest.class, destinations::delete),
                new EventsOperation<>("ListApiDestinations", ListApiDestinationsRequest.class, destinations::list),
                // global endpoints
                new EventsOperation<>("CreateEndpoint", CreateEndpointRequest.class, endpoints::create),
                new EventsOperation<>("DescribeEndpoint", DescribeEndpointRequest.class, endpoints::describe),
                new EventsOperation<>("UpdateEndpoint", UpdateEndpointRequest.class, endpoints::update),
                new EventsOperation<>("DeleteEndpoint", DeleteEndpointRequest.class, endpoints::delete),
                new EventsOperation<>("ListEndpoints", ListEndpointsRequest.class, endpoints::list),
                // partner event sources, the partner's side and the customer's
                new EventsOperation<>("CreatePartnerEventSource", CreatePartnerEventSourceRequest.class,
                        partners::create),
                empty("DeletePartnerEventSource", DeletePartnerEventSourceRequest.class, partners::delete),
                new EventsOperation<>("DescribePartnerEventSource", DescribePartnerEventSourceRequest.class,
                        partners::describePartner),
                new EventsOperation<>("ListPartnerEventSources", ListPartnerEventSourcesRequest.class,
                        partners::listPartner),
                new EventsOperation<>("ListPartnerEventSourceAccounts", ListPartnerEventSourceAccountsRequest.class,
                        partners::accounts),
                new EventsOperation<>("PutPartnerEvents", PutPartnerEventsRequest.class, partners::put),
                new EventsOperation<>("DescribeEventSource", DescribeEventSourceRequest.class, partners::describe),
                new EventsOperation<>("ListEventSources", ListEventSourcesRequest.class, partners::list),
                empty("ActivateEventSource", ActivateEventSourceRequest.class, partners::activate),
                empty("DeactivateEventSource", DeactivateEventSourceRequest.class, partners::deactivate));
        this.byName = table.stream().collect(Collectors.toUnmodifiableMap(EventsOperation::name,
                Function.identity()));
    }

    /** An operation whose answer is empty. */
    private static <R> EventsOperation<R> empty(String name, Class<R> type, BiConsumer<EventsCall, R> handler) {
        return new EventsOperation<>(name, type, (c, r) -> {
            handler.accept(c, r);
            return null;
        });
    }

    EventsOperation<?> get(String name) {
        return byName.get(name);
    }

    /** Every operation's name (for the coverage test). */
    public java.util.Set<String> names() {
        return byName.keySet();
    }
}
