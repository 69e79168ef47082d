package dev.fakecloud.lambda.esm;

import dev.fakecloud.lambda.error.ResourceConflictException;
import dev.fakecloud.lambda.esm.model.EventSourceMappingConfiguration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One function may read a source through one mapping only. AWS words the conflict differently for each kind of
 * source; Kafka mappings conflict only when their bootstrap servers (or cluster) and topics overlap.
 */
final class EsmConflicts {

    private EsmConflicts() {
    }

    /**
     * Fails when one of {@code existing} reads the same source for the same function as {@code candidate}.
     *
     * @param functionName the bare function name, as the SQS and stream messages print it
     */
    static void check(SourceType type, EventSourceMappingConfiguration candidate, String functionName,
            Collection<EventSourceMapping> existing) {
        for (EventSourceMapping other : existing) {
            EventSourceMappingConfiguration c = other.configuration();
            if (c.uuid().equals(candidate.uuid()) || !c.functionArn().equals(candidate.functionArn())
                    || other.sourceType() != type) {
                continue;
            }
            if (type.kafka()) {
                List<String> sources = sources(candidate);
                if (overlap(sources(c), sources) && overlap(c.topics(), candidate.topics())) {
                    throw new ResourceConflictException("An event source mapping with event source (\""
                            + String.join(",", sources) + "\"), function (\"" + candidate.functionArn()
                            + "\"), topics (\"" + String.join(",", candidate.topics()) + "\") already exists. Please "
                            + "update or delete the existing mapping with UUID " + c.uuid());
                }
            } else if (Objects.equals(c.eventSourceArn(), candidate.eventSourceArn())) {
                throw type == SourceType.SQS
                        ? new ResourceConflictException("An event source mapping with SQS arn (\" "
                                + c.eventSourceArn() + " \") and function (\" " + functionName + " \") already exists. "
                                + "Please update or delete the existing mapping with UUID " + c.uuid())
                        : new ResourceConflictException("The event source arn (\" " + c.eventSourceArn()
                                + " \") and function (\" " + functionName + " \") provided mapping already exists. "
                                + "Please update or delete the existing mapping with UUID " + c.uuid());
            }
        }
    }

    /** A Kafka mapping's source: the MSK cluster ARN, or the self-managed cluster's bootstrap servers. */
    private static List<String> sources(EventSourceMappingConfiguration c) {
        if (c.eventSourceArn() != null) {
            return List.of(c.eventSourceArn());
        }
        List<String> servers = c.selfManagedEventSource() == null || c.selfManagedEventSource().endpoints() == null
                ? null : c.selfManagedEventSource().endpoints().get(EsmRules.BOOTSTRAP_SERVERS);
        return servers == null ? List.of() : servers;
    }

    private static boolean overlap(List<String> a, List<String> b) {
        return a != null && b != null && a.stream().anyMatch(b::contains);
    }
}
