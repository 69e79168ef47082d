package dev.fakecloud.events;

import static dev.fakecloud.gateway.RpcOperation.empty;
import static dev.fakecloud.gateway.RpcOperation.result;

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
import dev.fakecloud.gateway.RpcOperation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The EventBridge operation table: all 57 operations of the 2015-10-07 API, by name. Each row says what its
 * operation answers: a result shape ({@code result}) or an empty result ({@code empty}, written as {@code {}}).
 */
@ApplicationScoped
public class EventsOperations {

    private final Map<String, RpcOperation<EventsCall, ?, ?>> byName;

    public EventsOperations(BusService buses, PermissionService permissions, RuleService rules, RuleTargets targets,
            EventIngest ingest, Patterns patterns, TagService tags, ArchiveService archives, ReplayService replays,
            ConnectionService connections, ApiDestinationService destinations, EndpointService endpoints,
            PartnerSourceService partners) {
        List<RpcOperation<EventsCall, ?, ?>> table = List.of(
                // event buses and their permissions
                result("CreateEventBus", CreateEventBusRequest.class, buses::create),
                result("DescribeEventBus", DescribeEventBusRequest.class, buses::describe),
                result("UpdateEventBus", UpdateEventBusRequest.class, buses::update),
                empty("DeleteEventBus", DeleteEventBusRequest.class, buses::delete),
                result("ListEventBuses", ListEventBusesRequest.class, buses::list),
                empty("PutPermission", PutPermissionRequest.class, permissions::put),
                empty("RemovePermission", RemovePermissionRequest.class, permissions::remove),
                // rules and targets
                result("PutRule", PutRuleRequest.class, rules::put),
                result("DescribeRule", DescribeRuleRequest.class, rules::describe),
                empty("DeleteRule", DeleteRuleRequest.class, rules::delete),
                empty("EnableRule", EnableRuleRequest.class, rules::enable),
                empty("DisableRule", DisableRuleRequest.class, rules::disable),
                result("ListRules", ListRulesRequest.class, rules::list),
                result("PutTargets", PutTargetsRequest.class, targets::put),
                result("RemoveTargets", RemoveTargetsRequest.class, targets::remove),
                result("ListTargetsByRule", ListTargetsByRuleRequest.class, targets::list),
                result("ListRuleNamesByTarget", ListRuleNamesByTargetRequest.class, targets::rulesOf),
                // events
                result("PutEvents", PutEventsRequest.class, ingest::put),
                result("TestEventPattern", TestEventPatternRequest.class, patterns::test),
                // tags
                result("TagResource", TagResourceRequest.class, (c, r) -> {
                    tags.tag(c, r);
                    return new TagResourceResponse();
                }),
                result("UntagResource", UntagResourceRequest.class, (c, r) -> {
                    tags.untag(c, r);
                    return new UntagResourceResponse();
                }),
                result("ListTagsForResource", ListTagsForResourceRequest.class, tags::list),
                // archives and replays
                result("CreateArchive", CreateArchiveRequest.class, archives::create),
                result("DescribeArchive", DescribeArchiveRequest.class, archives::describe),
                result("UpdateArchive", UpdateArchiveRequest.class, archives::update),
                result("DeleteArchive", DeleteArchiveRequest.class, archives::delete),
                result("ListArchives", ListArchivesRequest.class, archives::list),
                result("StartReplay", StartReplayRequest.class, replays::start),
                result("CancelReplay", CancelReplayRequest.class, replays::cancel),
                result("DescribeReplay", DescribeReplayRequest.class, replays::describe),
                result("ListReplays", ListReplaysRequest.class, replays::list),
                // connections and API destinations
                result("CreateConnection", CreateConnectionRequest.class, connections::create),
                result("DescribeConnection", DescribeConnectionRequest.class, connections::describe),
                result("UpdateConnection", UpdateConnectionRequest.class, connections::update),
                result("DeleteConnection", DeleteConnectionRequest.class, connections::delete),
                result("DeauthorizeConnection", DeauthorizeConnectionRequest.class,
                        connections::deauthorize),
                result("ListConnections", ListConnectionsRequest.class, connections::list),
                result("CreateApiDestination", CreateApiDestinationRequest.class, destinations::create),
                result("DescribeApiDestination", DescribeApiDestinationRequest.class,
                        destinations::describe),
                result("UpdateApiDestination", UpdateApiDestinationRequest.class, destinations::update),
                result("DeleteApiDestination", DeleteApiDestinationRequest.class, destinations::delete),
                result("ListApiDestinations", ListApiDestinationsRequest.class, destinations::list),
                // global endpoints
                result("CreateEndpoint", CreateEndpointRequest.class, endpoints::create),
                result("DescribeEndpoint", DescribeEndpointRequest.class, endpoints::describe),
                result("UpdateEndpoint", UpdateEndpointRequest.class, endpoints::update),
                result("DeleteEndpoint", DeleteEndpointRequest.class, endpoints::delete),
                result("ListEndpoints", ListEndpointsRequest.class, endpoints::list),
                // partner event sources, the partner's side and the customer's
                result("CreatePartnerEventSource", CreatePartnerEventSourceRequest.class,
                        partners::create),
                empty("DeletePartnerEventSource", DeletePartnerEventSourceRequest.class, partners::delete),
                result("DescribePartnerEventSource", DescribePartnerEventSourceRequest.class,
                        partners::describePartner),
                result("ListPartnerEventSources", ListPartnerEventSourcesRequest.class,
                        partners::listPartner),
                result("ListPartnerEventSourceAccounts", ListPartnerEventSourceAccountsRequest.class,
                        partners::accounts),
                result("PutPartnerEvents", PutPartnerEventsRequest.class, partners::put),
                result("DescribeEventSource", DescribeEventSourceRequest.class, partners::describe),
                result("ListEventSources", ListEventSourcesRequest.class, partners::list),
                empty("ActivateEventSource", ActivateEventSourceRequest.class, partners::activate),
                empty("DeactivateEventSource", DeactivateEventSourceRequest.class, partners::deactivate));
        this.byName = table.stream().collect(Collectors.toUnmodifiableMap(RpcOperation::name,
                Function.identity()));
    }

    RpcOperation<EventsCall, ?, ?> get(String name) {
        return byName.get(name);
    }

    /** Every operation's name (for the coverage test). */
    public java.util.Set<String> names() {
        return byName.keySet();
    }
}
