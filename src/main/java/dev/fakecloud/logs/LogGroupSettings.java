package dev.fakecloud.logs;

import dev.fakecloud.core.Page;
import dev.fakecloud.logs.LogStore.Group;
import dev.fakecloud.logs.model.PolicyShapes.AssociateKmsKeyRequest;
import dev.fakecloud.logs.model.PolicyShapes.DisassociateKmsKeyRequest;
import dev.fakecloud.logs.model.PolicyShapes.PutBearerTokenAuthenticationRequest;
import dev.fakecloud.logs.model.PolicyShapes.PutLogGroupDeletionProtectionRequest;
import dev.fakecloud.logs.model.TaskShapes.ListLogGroupsRequest;
import dev.fakecloud.logs.model.TaskShapes.ListLogGroupsResponse;
import dev.fakecloud.logs.model.TaskShapes.LogGroupSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a log group carries beside its events: its KMS key (shown by DescribeLogGroups), deletion protection (a
 * protected group refuses DeleteLogGroup), bearer token authentication; and ListLogGroups, the summary listing.
 */
@ApplicationScoped
public class LogGroupSettings {

    private final LogGroupService groups;

    public LogGroupSettings(LogGroupService groups) {
        this.groups = groups;
    }

    public void associateKms(LogsCall call, AssociateKmsKeyRequest r) {
        LogsErrors.require("kmsKeyId", r.kmsKeyId());
        if (!r.kmsKeyId().startsWith("arn:")) {
            throw LogsErrors.invalidParameter("Specified KMS key ARN is not valid: " + r.kmsKeyId());
        }
        groups.change(call, target(r.logGroupName(), r.resourceIdentifier()), g -> g.withKmsKey(r.kmsKeyId()));
    }

    public void disassociateKms(LogsCall call, DisassociateKmsKeyRequest r) {
        groups.change(call, target(r.logGroupName(), r.resourceIdentifier()), g -> g.withKmsKey(null));
    }

    private static String target(String logGroupName, String resourceIdentifier) {
        if (logGroupName != null && resourceIdentifier != null) {
            throw LogsErrors.invalidParameter("LogGroupName and ResourceIdentifier are mutually exclusive "
                    + "parameters.");
        }
        if (logGroupName == null && resourceIdentifier == null) {
            throw LogsErrors.invalidParameter("Either LogGroupName or ResourceIdentifier must be specified.");
        }
        return logGroupName != null ? logGroupName : resourceIdentifier;
    }

    public void deletionProtection(LogsCall call, PutLogGroupDeletionProtectionRequest r) {
        LogsErrors.require(new String[] {"logGroupIdentifier", "deletionProtectionEnabled"}, r.logGroupIdentifier(),
                r.deletionProtectionEnabled());
        groups.change(call, r.logGroupIdentifier(), g -> g.withDeletionProtection(r.deletionProtectionEnabled()));
    }

    public void bearerToken(LogsCall call, PutBearerTokenAuthenticationRequest r) {
        LogsErrors.require(new String[] {"logGroupIdentifier", "bearerTokenAuthenticationEnabled"},
                r.logGroupIdentifier(), r.bearerTokenAuthenticationEnabled());
        groups.change(call, r.logGroupIdentifier(),
                g -> g.withBearerTokenAuthentication(r.bearerTokenAuthenticationEnabled()));
    }

    public ListLogGroupsResponse list(LogsCall call, ListLogGroupsRequest r) {
        Pattern pattern;
        try {
            pattern = r.logGroupNamePattern() == null ? null : Pattern.compile(r.logGroupNamePattern());
        } catch (PatternSyntaxException e) {
            throw LogsErrors.invalidParameter("Invalid logGroupNamePattern: " + e.getDescription());
        }
        List<Group> matching = groups.all(call).stream()
                .filter(g -> pattern == null || pattern.matcher(g.name()).find())
                .filter(g -> r.logGroupClass() == null || r.logGroupClass().equals(g.logGroupClass()))
                .toList();
        Page<Group> page = Page.of(matching, Group::name, r.nextToken(), LogGroupService.limit(r.limit(), 1000),
                LogsErrors::invalidToken);
        return new ListLogGroupsResponse(page.items().stream()
                .map(g -> new LogGroupSummary(g.name(), g.arn(), g.logGroupClass())).toList(), page.nextMarker());
    }
}
