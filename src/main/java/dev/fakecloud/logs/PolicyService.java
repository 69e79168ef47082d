package dev.fakecloud.logs;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.logs.model.PolicyShapes.AccountPolicy;
import dev.fakecloud.logs.model.PolicyShapes.DeleteAccountPolicyRequest;
import dev.fakecloud.logs.model.PolicyShapes.DeleteResourcePolicyRequest;
import dev.fakecloud.logs.model.PolicyShapes.DescribeAccountPoliciesRequest;
import dev.fakecloud.logs.model.PolicyShapes.DescribeAccountPoliciesResponse;
import dev.fakecloud.logs.model.PolicyShapes.DescribeResourcePoliciesRequest;
import dev.fakecloud.logs.model.PolicyShapes.DescribeResourcePoliciesResponse;
import dev.fakecloud.logs.model.PolicyShapes.PutAccountPolicyRequest;
import dev.fakecloud.logs.model.PolicyShapes.PutAccountPolicyResponse;
import dev.fakecloud.logs.model.PolicyShapes.PutResourcePolicyRequest;
import dev.fakecloud.logs.model.PolicyShapes.PutResourcePolicyResponse;
import dev.fakecloud.logs.model.PolicyShapes.ResourcePolicy;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Resource policies (the ones that let other services, e.g. Route 53 or EventBridge, write to the account's logs:
 * at most 10 per region, or one per resource ARN, with revision ids) and account policies (one table per policy
 * type), stored as AWS stores them.
 */
@Startup
@ApplicationScoped
public class PolicyService {

    static final int RESOURCE_POLICIES = 10;
    static final Set<String> POLICY_TYPES = Set.of("DATA_PROTECTION_POLICY", "SUBSCRIPTION_FILTER_POLICY",
            "FIELD_INDEX_POLICY", "TRANSFORMER_POLICY", "METRIC_EXTRACTION_POLICY");

    private final ScopedTable<ResourcePolicy> resourcePolicies;
    private final ScopedTable<AccountPolicy> accountPolicies;

    public PolicyService(StateStore store) {
        this.resourcePolicies = new ScopedTable<>(store, "logs.resource-policies", ResourcePolicy.class);
        this.accountPolicies = new ScopedTable<>(store, "logs.account-policies", AccountPolicy.class);
    }

    public PutResourcePolicyResponse putResourcePolicy(LogsCall call, PutResourcePolicyRequest r) {
        LogsErrors.require("policyDocument", r.policyDocument());
        if (r.resourceArn() == null) {
            LogsErrors.require("policyName", r.policyName());
        }
        String id = id(r.policyName(), r.resourceArn());
        ResourcePolicy before = resourcePolicies.get(call, id);
        if (r.expectedRevisionId() != null && (before == null || !r.expectedRevisionId().equals(before.revisionId()))) {
            throw LogsErrors.operationAborted("The expected revision id does not match the current revision id.");
        }
        if (before == null && r.resourceArn() == null
                && resourcePolicies.list(call, "name/").size() >= RESOURCE_POLICIES) {
            throw LogsErrors.limitExceeded("Resource limit exceeded.");
        }
        String revision = UUID.randomUUID().toString();
        ResourcePolicy policy = new ResourcePolicy(r.policyName(), r.policyDocument(), System.currentTimeMillis(),
                r.resourceArn() == null ? "ACCOUNT" : "RESOURCE", r.resourceArn(), revision);
        resourcePolicies.put(call, id, policy);
        return new PutResourcePolicyResponse(policy, revision);
    }

    public DescribeResourcePoliciesResponse describeResourcePolicies(LogsCall call,
            DescribeResourcePoliciesRequest r) {
        List<ResourcePolicy> matching = resourcePolicies.list(call, "").stream()
                .filter(p -> r.resourceArn() == null || r.resourceArn().equals(p.resourceArn()))
                .filter(p -> r.policyScope() == null || r.policyScope().equals(p.policyScope()))
                .toList();
        Page<ResourcePolicy> page = Page.of(matching, p -> id(p.policyName(), p.resourceArn()), r.nextToken(),
                LogGroupService.limit(r.limit(), 50), LogsErrors::invalidToken);
        return new DescribeResourcePoliciesResponse(page.items(), page.nextMarker());
    }

    public void deleteResourcePolicy(LogsCall call, DeleteResourcePolicyRequest r) {
        if (r.resourceArn() == null) {
            LogsErrors.require("policyName", r.policyName());
        }
        String id = id(r.policyName(), r.resourceArn());
        ResourcePolicy before = resourcePolicies.get(call, id);
        if (before == null) {
            throw LogsErrors.resourceNotFound("Policy with name [" + (r.policyName() == null ? r.resourceArn()
                    : r.policyName()) + "] does not exist");
        }
        if (r.expectedRevisionId() != null && !r.expectedRevisionId().equals(before.revisionId())) {
            throw LogsErrors.operationAborted("The expected revision id does not match the current revision id.");
        }
        resourcePolicies.remove(call, id);
    }

    private static String id(String name, String resourceArn) {
        return resourceArn != null ? "arn/" + resourceArn : "name/" + name;
    }

    public PutAccountPolicyResponse putAccountPolicy(LogsCall call, PutAccountPolicyRequest r) {
        LogsErrors.require(new String[] {"policyName", "policyDocument", "policyType"}, r.policyName(),
                r.policyDocument(), r.policyType());
        requireType(r.policyType());
        if (r.scope() != null && !"ALL".equals(r.scope())) {
            throw LogsErrors.invalidParameter("1 validation error detected: Value '" + r.scope() + "' at 'scope' "
                    + "failed to satisfy constraint: Member must satisfy enum value set: [ALL]");
        }
        AccountPolicy policy = new AccountPolicy(r.policyName(), r.policyDocument(), System.currentTimeMillis(),
                r.policyType(), r.scope() == null ? "ALL" : r.scope(), r.selectionCriteria(), call.accountId());
        accountPolicies.put(call, r.policyType() + LogStore.SEP + r.policyName(), policy);
        return new PutAccountPolicyResponse(policy);
    }

    public DescribeAccountPoliciesResponse describeAccountPolicies(LogsCall call,
            DescribeAccountPoliciesRequest r) {
        LogsErrors.require("policyType", r.policyType());
        requireType(r.policyType());
        List<AccountPolicy> matching = accountPolicies.list(call, r.policyType() + LogStore.SEP).stream()
                .filter(p -> r.policyName() == null || r.policyName().equals(p.policyName()))
                .toList();
        Page<AccountPolicy> page = Page.of(matching, AccountPolicy::policyName, r.nextToken(), 50,
                LogsErrors::invalidToken);
        return new DescribeAccountPoliciesResponse(page.items(), page.nextMarker());
    }

    public void deleteAccountPolicy(LogsCall call, DeleteAccountPolicyRequest r) {
        LogsErrors.require(new String[] {"policyName", "policyType"}, r.policyName(), r.policyType());
        requireType(r.policyType());
        if (accountPolicies.remove(call, r.policyType() + LogStore.SEP + r.policyName()) == null) {
            throw LogsErrors.resourceNotFound("Policy with name [" + r.policyName() + "] does not exist");
        }
    }

    private static void requireType(String type) {
        if (!POLICY_TYPES.contains(type)) {
            throw LogsErrors.invalidParameter("1 validation error detected: Value '" + type + "' at 'policyType' "
                    + "failed to satisfy constraint: Member must satisfy enum value set: "
                    + POLICY_TYPES.stream().sorted().toList());
        }
    }
}
