package dev.fakecloud.lambda.layers;

import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.error.PreconditionFailedException;
import dev.fakecloud.lambda.error.ResourceConflictException;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import dev.fakecloud.lambda.layers.LayerArns.LayerId;
import dev.fakecloud.lambda.model.PolicyShapes.AddLayerVersionPermissionRequest;
import dev.fakecloud.lambda.model.PolicyShapes.AddLayerVersionPermissionResponse;
import dev.fakecloud.lambda.model.PolicyShapes.GetLayerVersionPolicyResponse;
import dev.fakecloud.lambda.policy.document.PolicyCondition;
import dev.fakecloud.lambda.policy.document.PolicyJson;
import dev.fakecloud.lambda.policy.document.PolicyPrincipal;
import dev.fakecloud.lambda.policy.document.PolicyStatement;
import dev.fakecloud.lambda.policy.document.ResourcePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** The resource-based policy of a layer version: who may use it (lambda:GetLayerVersion). */
@ApplicationScoped
public class LayerPolicyService {

    static final String ACTION = "lambda:GetLayerVersion";
    private static final Pattern ACTION_PATTERN = Pattern.compile("lambda:GetLayerVersion");
    private static final Pattern STATEMENT_ID = Pattern.compile("([a-zA-Z0-9-_]+)");
    private static final Pattern PRINCIPAL = Pattern.compile("\\d{12}|\\*|arn:(aws[a-zA-Z-]*):iam::\\d{12}:root");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern ORGANIZATION_ID = Pattern.compile("o-[a-z0-9]{10,32}");
    private static final String NO_POLICY = "No policy is associated with the given resource.";

    private final LayerStore store;

    public LayerPolicyService(LayerStore store) {
        this.store = store;
    }

    public AddLayerVersionPermissionResponse add(Scope caller, String layerName, String versionNumber,
            AddLayerVersionPermissionRequest r, String revisionId) {
        Validation v = Validation.start();
        LayerValidator.layerName(v, layerName);
        v.required(r.statementId(), "statementId").length(r.statementId(), "statementId", 1, 100)
                .pattern(r.statementId(), "statementId", STATEMENT_ID)
                .required(r.action(), "action").length(r.action(), "action", 0, 22)
                .pattern(r.action(), "action", ACTION_PATTERN)
                .required(r.principal(), "principal").pattern(r.principal(), "principal", PRINCIPAL)
                .length(r.organizationId(), "organizationId", 0, 34)
                .pattern(r.organizationId(), "organizationId", ORGANIZATION_ID)
                .throwIfInvalid();
        LayerVersion version = requireVersion(caller, layerName, versionNumber);
        PolicyStatement statement = PolicyStatement.allow(r.statementId(), principal(r.principal()), ACTION,
                version.arn(), r.organizationId() == null ? null : PolicyCondition.of(
                        new PolicyCondition.StringEquals(null, null, null, r.organizationId()), null, null));
        String revision = UUID.randomUUID().toString();
        ResourcePolicy updated = store.changePolicy(version.scope(), version.layerName(), version.version(),
                current -> {
                    if (revisionId != null && (current == null || !revisionId.equals(current.revisionId()))) {
                        throw PreconditionFailedException.revisionMismatch("GetLayerPolicy");
                    }
                    if (current != null && current.statement(r.statementId()).isPresent()) {
                        throw new ResourceConflictException("The statement id (" + r.statementId() + ") provided "
                                + "already exists. Please provide a new statement id, or remove the existing "
                                + "statement.");
                    }
                    return (current == null ? new ResourcePolicy(List.of(), null) : current).with(statement, revision);
                });
        return new AddLayerVersionPermissionResponse(PolicyJson.write(statement), updated.revisionId());
    }

    public GetLayerVersionPolicyResponse get(Scope caller, String layerName, String versionNumber) {
        validateName(layerName);
        LayerVersion version = requireVersion(caller, layerName, versionNumber);
        ResourcePolicy policy = store.policy(version.scope(), version.layerName(), version.version())
                .orElseThrow(() -> new ResourceNotFoundException(NO_POLICY));
        return new GetLayerVersionPolicyResponse(policy.documentJson(), policy.revisionId());
    }

    public void remove(Scope caller, String layerName, String versionNumber, String statementId, String revisionId) {
        Validation v = Validation.start();
        LayerValidator.layerName(v, layerName);
        v.required(statementId, "statementId").length(statementId, "statementId", 1, 100)
                .pattern(statementId, "statementId", STATEMENT_ID)
                .throwIfInvalid();
        LayerVersion version = requireVersion(caller, layerName, versionNumber);
        String revision = UUID.randomUUID().toString();
        store.changePolicy(version.scope(), version.layerName(), version.version(), current -> {
            if (current == null) {
                throw new ResourceNotFoundException(NO_POLICY);
            }
            if (revisionId != null && !revisionId.equals(current.revisionId())) {
                throw PreconditionFailedException.revisionMismatch("GetLayerPolicy");
            }
            if (current.statement(statementId).isEmpty()) {
                throw new ResourceNotFoundException("Statement " + statementId + " is not found in resource policy.");
            }
            return current.without(statementId, revision);
        });
    }

    private LayerVersion requireVersion(Scope caller, String layerName, String versionNumber) {
        long number = LayerValidator.versionNumber(versionNumber);
        LayerId id = LayerArns.layer(layerName, caller);
        return store.find(id.scope(), id.name(), number).orElseThrow(() -> versionMissing(id, number));
    }

    private static ResourceNotFoundException versionMissing(LayerId id, long number) {
        return new ResourceNotFoundException("Layer version " + LayerArns.versionArn(id.scope(), id.name(), number)
                + " does not exist.");
    }

    private static PolicyPrincipal principal(String principal) {
        if ("*".equals(principal)) {
            return PolicyPrincipal.ANYONE;
        }
        if (ACCOUNT.matcher(principal).matches()) {
            return PolicyPrincipal.account(principal);
        }
        return new PolicyPrincipal.Aws(principal);
    }

    private static void validateName(String layerName) {
        Validation v = Validation.start();
        LayerValidator.layerName(v, layerName);
        v.throwIfInvalid();
    }
}
