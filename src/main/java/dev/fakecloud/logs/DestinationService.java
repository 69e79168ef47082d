package dev.fakecloud.logs;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.logs.model.PolicyShapes.DeleteDestinationRequest;
import dev.fakecloud.logs.model.PolicyShapes.DescribeDestinationsRequest;
import dev.fakecloud.logs.model.PolicyShapes.DescribeDestinationsResponse;
import dev.fakecloud.logs.model.PolicyShapes.Destination;
import dev.fakecloud.logs.model.PolicyShapes.PutDestinationPolicyRequest;
import dev.fakecloud.logs.model.PolicyShapes.PutDestinationRequest;
import dev.fakecloud.logs.model.PolicyShapes.PutDestinationResponse;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Cross-account subscription destinations (a Kinesis stream or Firehose behind a name and an access policy), stored
 * as AWS stores them; a PutDestination of an existing name updates its target and role and keeps its policy.
 */
@Startup
@ApplicationScoped
public class DestinationService {

    private final ScopedTable<Destination> destinations;

    public DestinationService(StateStore store) {
        this.destinations = new ScopedTable<>(store, "logs.destinations", Destination.class);
    }

    public PutDestinationResponse put(LogsCall call, PutDestinationRequest r) {
        LogsErrors.require(new String[] {"destinationName", "targetArn", "roleArn"}, r.destinationName(),
                r.targetArn(), r.roleArn());
        Destination before = destinations.get(call, r.destinationName());
        Destination d = new Destination(r.destinationName(), r.targetArn(), r.roleArn(),
                before == null ? null : before.accessPolicy(),
                "arn:aws:logs:" + call.region() + ":" + call.accountId() + ":destination:" + r.destinationName(),
                before == null ? System.currentTimeMillis() : before.creationTime());
        destinations.put(call, r.destinationName(), d);
        return new PutDestinationResponse(d);
    }

    public void putPolicy(LogsCall call, PutDestinationPolicyRequest r) {
        LogsErrors.require(new String[] {"destinationName", "accessPolicy"}, r.destinationName(), r.accessPolicy());
        if (destinations.update(call, r.destinationName(), d -> new Destination(d.destinationName(), d.targetArn(),
                d.roleArn(), r.accessPolicy(), d.arn(), d.creationTime())) == null) {
            throw notFound();
        }
    }

    public DescribeDestinationsResponse describe(LogsCall call, DescribeDestinationsRequest r) {
        List<Destination> matching = destinations.list(call, r.destinationNamePrefix());
        Page<Destination> page = Page.of(matching, Destination::destinationName, r.nextToken(),
                LogGroupService.limit(r.limit(), 50), LogsErrors::invalidToken);
        return new DescribeDestinationsResponse(page.items(), page.nextMarker());
    }

    public void delete(LogsCall call, DeleteDestinationRequest r) {
        LogsErrors.require("destinationName", r.destinationName());
        if (destinations.remove(call, r.destinationName()) == null) {
            throw notFound();
        }
    }

    private static LogsException notFound() {
        return LogsErrors.resourceNotFound("The specified destination does not exist.");
    }
}
