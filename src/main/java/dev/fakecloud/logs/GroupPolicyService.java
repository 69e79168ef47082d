package dev.fakecloud.logs;

import dev.fakecloud.logs.LogStore.Group;
import dev.fakecloud.logs.model.PolicyShapes.DeleteDataProtectionPolicyRequest;
import dev.fakecloud.logs.model.PolicyShapes.DeleteIndexPolicyRequest;
import dev.fakecloud.logs.model.PolicyShapes.DeleteIndexPolicyResponse;
import dev.fakecloud.logs.model.PolicyShapes.DeleteTransformerRequest;
import dev.fakecloud.logs.model.PolicyShapes.DescribeFieldIndexesRequest;
import dev.fakecloud.logs.model.PolicyShapes.DescribeFieldIndexesResponse;
import dev.fakecloud.logs.model.PolicyShapes.DescribeIndexPoliciesRequest;
import dev.fakecloud.logs.model.PolicyShapes.DescribeIndexPoliciesResponse;
import dev.fakecloud.logs.model.PolicyShapes.GetDataProtectionPolicyRequest;
import dev.fakecloud.logs.model.PolicyShapes.GetDataProtectionPolicyResponse;
import dev.fakecloud.logs.model.PolicyShapes.GetTransformerRequest;
import dev.fakecloud.logs.model.PolicyShapes.GetTransformerResponse;
import dev.fakecloud.logs.model.PolicyShapes.IndexPolicy;
import dev.fakecloud.logs.model.PolicyShapes.PutDataProtectionPolicyRequest;
import dev.fakecloud.logs.model.PolicyShapes.PutDataProtectionPolicyResponse;
import dev.fakecloud.logs.model.PolicyShapes.PutIndexPolicyRequest;
import dev.fakecloud.logs.model.PolicyShapes.PutIndexPolicyResponse;
import dev.fakecloud.logs.model.PolicyShapes.PutTransformerRequest;
import dev.fakecloud.logs.model.PolicyShapes.TestTransformerRequest;
import dev.fakecloud.logs.model.PolicyShapes.TestTransformerResponse;
import dev.fakecloud.logs.model.PolicyShapes.TransformedLogRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * What one log group carries as policy, stored as AWS stores it: its data protection policy (masking itself is not
 * applied), its field index policy (indexes are not built: DescribeFieldIndexes is empty) and its transformer
 * (TestTransformer echoes the events untransformed).
 */
@ApplicationScoped
public class GroupPolicyService {

    private final LogGroupService groups;
    private final ScopedTable<GetDataProtectionPolicyResponse> dataProtection;
    private final ScopedTable<IndexPolicy> indexPolicies;
    private final ScopedTable<GetTransformerResponse> transformers;

    public GroupPolicyService(GroupPolicyStore store, LogGroupService groups) {
        this.groups = groups;
        this.dataProtection = store.dataProtection();
        this.indexPolicies = store.indexPolicies();
        this.transformers = store.transformers();
    }

    public PutDataProtectionPolicyResponse putDataProtection(LogsCall call, PutDataProtectionPolicyRequest r) {
        Group g = groups.requireIdentified(call, "logGroupIdentifier", r.logGroupIdentifier());
        LogsErrors.require("policyDocument", r.policyDocument());
        long now = System.currentTimeMillis();
        dataProtection.put(call, g.name(), new GetDataProtectionPolicyResponse(r.logGroupIdentifier(),
                r.policyDocument(), now));
        return new PutDataProtectionPolicyResponse(r.logGroupIdentifier(), r.policyDocument(), now);
    }

    public GetDataProtectionPolicyResponse getDataProtection(LogsCall call, GetDataProtectionPolicyRequest r) {
        Group g = groups.requireIdentified(call, "logGroupIdentifier", r.logGroupIdentifier());
        GetDataProtectionPolicyResponse p = dataProtection.get(call, g.name());
        return p != null ? p : new GetDataProtectionPolicyResponse(r.logGroupIdentifier(), null, null);
    }

    public void deleteDataProtection(LogsCall call, DeleteDataProtectionPolicyRequest r) {
        Group g = groups.requireIdentified(call, "logGroupIdentifier", r.logGroupIdentifier());
        if (dataProtection.remove(call, g.name()) == null) {
            throw LogsErrors.resourceNotFound("No data protection policy found for log group " + g.name() + ".");
        }
    }

    public PutIndexPolicyResponse putIndexPolicy(LogsCall call, PutIndexPolicyRequest r) {
        Group g = groups.requireIdentified(call, "logGroupIdentifier", r.logGroupIdentifier());
        LogsErrors.require("policyDocument", r.policyDocument());
        IndexPolicy p = new IndexPolicy(g.arn(), System.currentTimeMillis(), r.policyDocument(),
                "FieldIndexPolicy", "LOG_GROUP");
        indexPolicies.put(call, g.name(), p);
        return new PutIndexPolicyResponse(p);
    }

    public DescribeIndexPoliciesResponse describeIndexPolicies(LogsCall call, DescribeIndexPoliciesRequest r) {
        LogsErrors.require("logGroupIdentifiers", r.logGroupIdentifiers());
        List<IndexPolicy> out = new ArrayList<>();
        for (String identifier : r.logGroupIdentifiers()) {
            Group g = groups.requireIdentified(call, "logGroupIdentifiers", identifier);
            IndexPolicy p = indexPolicies.get(call, g.name());
            if (p != null) {
                out.add(p);
            }
        }
        return new DescribeIndexPoliciesResponse(out, null);
    }

    public DeleteIndexPolicyResponse deleteIndexPolicy(LogsCall call, DeleteIndexPolicyRequest r) {
        Group g = groups.requireIdentified(call, "logGroupIdentifier", r.logGroupIdentifier());
        if (indexPolicies.remove(call, g.name()) == null) {
            throw LogsErrors.resourceNotFound("No index policy found for log group " + g.name() + ".");
        }
        return new DeleteIndexPolicyResponse();
    }

    public DescribeFieldIndexesResponse describeFieldIndexes(LogsCall call, DescribeFieldIndexesRequest r) {
        LogsErrors.require("logGroupIdentifiers", r.logGroupIdentifiers());
        for (String identifier : r.logGroupIdentifiers()) {
            groups.requireIdentified(call, "logGroupIdentifiers", identifier);
        }
        return new DescribeFieldIndexesResponse(List.of(), null);
    }

    public void putTransformer(LogsCall call, PutTransformerRequest r) {
        Group g = groups.requireIdentified(call, "logGroupIdentifier", r.logGroupIdentifier());
        LogsErrors.require("transformerConfig", r.transformerConfig());
        requireProcessors(r.transformerConfig().size());
        long now = System.currentTimeMillis();
        GetTransformerResponse before = transformers.get(call, g.name());
        transformers.put(call, g.name(), new GetTransformerResponse(r.logGroupIdentifier(),
                before == null ? now : before.creationTime(), now, r.transformerConfig()));
    }

    public GetTransformerResponse getTransformer(LogsCall call, GetTransformerRequest r) {
        Group g = groups.requireIdentified(call, "logGroupIdentifier", r.logGroupIdentifier());
        GetTransformerResponse t = transformers.get(call, g.name());
        if (t == null) {
            throw LogsErrors.resourceNotFound("Transformer does not exist for log group " + g.name() + ".");
        }
        return t;
    }

    public void deleteTransformer(LogsCall call, DeleteTransformerRequest r) {
        Group g = groups.requireIdentified(call, "logGroupIdentifier", r.logGroupIdentifier());
        if (transformers.remove(call, g.name()) == null) {
            throw LogsErrors.resourceNotFound("Transformer does not exist for log group " + g.name() + ".");
        }
    }

    public TestTransformerResponse testTransformer(LogsCall call, TestTransformerRequest r) {
        LogsErrors.require(new String[] {"transformerConfig", "logEventMessages"}, r.transformerConfig(),
                r.logEventMessages());
        requireProcessors(r.transformerConfig().size());
        List<TransformedLogRecord> out = new ArrayList<>();
        for (int i = 0; i < r.logEventMessages().size(); i++) {
            String m = r.logEventMessages().get(i);
            out.add(new TransformedLogRecord((long) i + 1, m, m));
        }
        return new TestTransformerResponse(out);
    }

    private static void requireProcessors(int count) {
        if (count < 1 || count > 20) {
            throw LogsErrors.invalidParameter("1 validation error detected: Value at 'transformerConfig' failed to "
                    + "satisfy constraint: Member must have length between 1 and 20");
        }
    }
}
