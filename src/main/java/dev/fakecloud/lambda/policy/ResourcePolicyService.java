package dev.fakecloud.lambda.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.control.FunctionService;
import dev.fakecloud.lambda.control.FunctionStore;
import dev.fakecloud.lambda.control.QualifiedKey;
import dev.fakecloud.lambda.control.QualifierTarget;
import dev.fakecloud.lambda.policy.document.PolicyJson;
import dev.fakecloud.lambda.policy.document.ResourcePolicy;
import dev.fakecloud.lambda.control.LambdaFunction;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.error.PreconditionFailedException;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * PutResourcePolicy, GetResourcePolicy and DeleteResourcePolicy: a function's (version's, alias's) resource-based
 * policy as a whole document, by resource ARN. It is the same policy AddPermission and RemovePermission edit
 * statement by statement, so a put replaces what they added.
 */
@ApplicationScoped
public class ResourcePolicyService {

    static final Pattern RESOURCE_ARN = Pattern.compile("arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|"
            + "(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_]+(:(\\$LATEST(\\.PUBLISHED)?|"
            + "[a-zA-Z0-9-_])+)?");
    private static final Pattern REVISION = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String NOT_FOUND = "The resource you requested does not exist.";

    /** A policy and its revision, as the three operations return them. */
    public record PolicyView(String policy, String revisionId) {
    }

    private final FunctionStore functions;
    private final FunctionService functionService;
    private final FunctionPolicyStore store;

    public ResourcePolicyService(FunctionStore functions, FunctionService functionService, FunctionPolicyStore store) {
        this.functions = functions;
        this.functionService = functionService;
        this.store = store;
    }

    public PolicyView get(Scope scope, String resourceArn) {
        Located at = locate(scope, resourceArn);
        ResourcePolicy policy = store.get(at.key());
        if (policy == null) {
            throw new ResourceNotFoundException(NOT_FOUND);
        }
        return new PolicyView(policy.documentJson(), policy.revisionId());
    }

    public PolicyView put(Scope scope, String resourceArn, String policy, String revisionId) {
        Validation.start().required(policy, "policy").length(policy, "policy", 1, ResourcePolicy.MAX_SIZE)
                .pattern(revisionId, "revisionId", REVISION).throwIfInvalid();
        ObjectNode document = PolicyJson.parseObject(policy);
        if (document == null || !(document.path("Statement").isArray() || document.path("Statement").isObject())) {
            throw new InvalidParameterValueException("The policy document is not valid: it must be a JSON object "
                    + "with a Statement.");
        }
        Located at = locate(scope, resourceArn);
        String revision = UUID.randomUUID().toString();
        ResourcePolicy replaced = ResourcePolicy.of(document, revision);
        store.change(at.key(), current -> {
            String expected = current != null ? current.revisionId() : PolicyTargets.revisionId(at.target());
            if (revisionId != null && !revisionId.equals(expected)) {
                throw PreconditionFailedException.revisionMismatch("GetResourcePolicy");
            }
            functionService.setRevision(scope, at.key().function(), at.key().qualifier(), revision);
            return replaced;
        });
        return new PolicyView(replaced.documentJson(), revision);
    }

    public void delete(Scope scope, String resourceArn, String revisionId) {
        Validation.start().pattern(revisionId, "revisionId", REVISION).throwIfInvalid();
        Located at = locate(scope, resourceArn);
        store.change(at.key(), current -> {
            if (current == null) {
                throw new ResourceNotFoundException(NOT_FOUND);
            }
            if (revisionId != null && !revisionId.equals(current.revisionId())) {
                throw PreconditionFailedException.revisionMismatch("GetResourcePolicy");
            }
            functionService.setRevision(scope, at.key().function(), at.key().qualifier(),
                    UUID.randomUUID().toString());
            return null;
        });
    }

    /** The function qualifier a resource ARN names, and where its policy is kept. */
    private record Located(QualifierTarget target, QualifiedKey key) {
    }

    private Located locate(Scope scope, String resourceArn) {
        Validation.start().required(resourceArn, "resourceArn").length(resourceArn, "resourceArn", 0, 256)
                .pattern(resourceArn, "resourceArn", RESOURCE_ARN).throwIfInvalid();
        FunctionRef ref = FunctionRef.parse(resourceArn, null, scope);
        String qualifier = ref.latest() ? null : ref.qualifier();
        Supplier<ResourceNotFoundException> missing = () -> new ResourceNotFoundException(
                "Function not found: " + ref.qualifiedArn(scope));
        LambdaFunction fn = functions.find(scope, ref.name()).orElseThrow(missing);
        QualifierTarget target = PolicyTargets.resolve(fn, qualifier, missing);
        return new Located(target, new QualifiedKey(scope, fn.name(), qualifier));
    }
}
