package dev.fakecloud.lambda.policy;

import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.control.FunctionRef;
import dev.fakecloud.lambda.control.FunctionService;
import dev.fakecloud.lambda.control.FunctionStore;
import dev.fakecloud.lambda.control.QualifiedKey;
import dev.fakecloud.lambda.control.QualifierTarget;
import dev.fakecloud.lambda.policy.document.PolicyCondition;
import dev.fakecloud.lambda.policy.document.PolicyJson;
import dev.fakecloud.lambda.policy.document.PolicyPrincipal;
import dev.fakecloud.lambda.policy.document.PolicyStatement;
import dev.fakecloud.lambda.policy.document.Principals;
import dev.fakecloud.lambda.policy.document.ResourcePolicy;
import dev.fakecloud.lambda.control.LambdaArns;
import dev.fakecloud.lambda.control.LambdaFunction;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.error.PreconditionFailedException;
import dev.fakecloud.lambda.error.ResourceConflictException;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import dev.fakecloud.lambda.model.PolicyShapes.AddPermissionRequest;
import dev.fakecloud.lambda.model.PolicyShapes.AddPermissionResponse;
import dev.fakecloud.lambda.model.PolicyShapes.GetPolicyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * AddPermission, RemovePermission and GetPolicy. A policy belongs to one function qualifier; every change gives it a
 * new revision id, which becomes the revision id of that $LATEST, version or alias too (as in AWS, where
 * GetFunction shows the policy's revision after a permission change).
 */
@ApplicationScoped
public class FunctionPolicyService {

    private static final Pattern STATEMENT_ID = Pattern.compile("([a-zA-Z0-9-_]+)");
    private static final Pattern NAMESPACED_STATEMENT_ID = Pattern.compile("([a-zA-Z0-9-_.]+)");
    private static final Pattern ACTION = Pattern.compile("(lambda:[*]|lambda:[a-zA-Z]+|[*])");
    private static final Pattern PRINCIPAL = Pattern.compile("[^\\s]+");
    private static final Pattern SOURCE_ARN = Pattern.compile(
            "arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]{2}(-gov)?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)");
    private static final Pattern SOURCE_ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern EVENT_SOURCE_TOKEN = Pattern.compile("[a-zA-Z0-9._\\-]+");
    private static final Pattern ORG_ID = Pattern.compile("o-[a-z0-9]{10,32}");
    private static final String NOT_FOUND = "The resource you requested does not exist.";

    private final FunctionStore functions;
    private final FunctionService functionService;
    private final FunctionPolicyStore store;

    public FunctionPolicyService(FunctionStore functions, FunctionService functionService, FunctionPolicyStore store) {
        this.functions = functions;
        this.functionService = functionService;
        this.store = store;
    }

    public AddPermissionResponse add(Scope scope, String functionName, String qualifier, AddPermissionRequest r) {
        Validation.start()
                .required(r.statementId(), "statementId").length(r.statementId(), "statementId", 1, 100)
                .pattern(r.statementId(), "statementId", STATEMENT_ID)
                .required(r.action(), "action").pattern(r.action(), "action", ACTION)
                .required(r.principal(), "principal").pattern(r.principal(), "principal", PRINCIPAL)
                .pattern(r.sourceArn(), "sourceArn", SOURCE_ARN)
                .length(r.sourceAccount(), "sourceAccount", 0, 12)
                .pattern(r.sourceAccount(), "sourceAccount", SOURCE_ACCOUNT)
                .length(r.eventSourceToken(), "eventSourceToken", 0, 256)
                .pattern(r.eventSourceToken(), "eventSourceToken", EVENT_SOURCE_TOKEN)
                .length(r.principalOrgId(), "principalOrgID", 12, 34)
                .pattern(r.principalOrgId(), "principalOrgID", ORG_ID)
                .oneOf(r.functionUrlAuthType(), "functionUrlAuthType", List.of("NONE", "AWS_IAM"))
                .throwIfInvalid();
        FunctionRef ref = FunctionRef.parse(functionName, qualifier, scope);
        if (FunctionRef.LATEST.equals(ref.qualifier())) {
            throw new InvalidParameterValueException("We currently do not support adding policies for $LATEST.");
        }
        PolicyPrincipal principal = Principals.parse(r.principal());
        LambdaFunction fn = functions.find(scope, ref.name()).orElseThrow(
                () -> new ResourceNotFoundException("Function not found: " + ref.qualifiedArn(scope)));
        QualifierTarget target = PolicyTargets.resolve(fn, ref.qualifier(), () -> new ResourceNotFoundException(
                "Function not found: " + ref.qualifiedArn(scope)));
        PolicyStatement statement = PolicyStatement.allow(r.statementId(), principal, r.action(),
                LambdaArns.function(scope, fn.name(), ref.qualifier()), condition(r));
        String revision = UUID.randomUUID().toString();
        store.change(new QualifiedKey(scope, fn.name(), ref.qualifier()), current -> {
            String expected = current != null ? current.revisionId() : PolicyTargets.revisionId(target);
            if (r.revisionId() != null && !r.revisionId().equals(expected)) {
                throw PreconditionFailedException.revisionMismatch("GetPolicy");
            }
            if (current != null && current.statement(r.statementId()).isPresent()) {
                throw new ResourceConflictException("The statement id (" + r.statementId() + ") provided already "
                        + "exists. Please provide a new statement id, or remove the existing statement.");
            }
            ResourcePolicy next = (current == null ? new ResourcePolicy(List.of(), null) : current)
                    .with(statement, revision);
            functionService.setRevision(scope, fn.name(), ref.qualifier(), revision);
            return next;
        });
        return new AddPermissionResponse(PolicyJson.write(statement));
    }

    public void remove(Scope scope, String functionName, String statementId, String qualifier, String revisionId) {
        Validation.start()
                .required(statementId, "statementId").length(statementId, "statementId", 1, 100)
                .pattern(statementId, "statementId", NAMESPACED_STATEMENT_ID)
                .throwIfInvalid();
        FunctionRef ref = FunctionRef.parse(functionName, qualifier, scope);
        String q = ref.latest() ? null : ref.qualifier();
        LambdaFunction fn = functions.find(scope, ref.name()).orElseThrow(
                () -> new ResourceNotFoundException("No policy found for: " + ref.qualifiedArn(scope)));
        PolicyTargets.resolve(fn, q, () -> new ResourceNotFoundException(
                "Function not found: " + ref.qualifiedArn(scope)));
        String revision = UUID.randomUUID().toString();
        store.change(new QualifiedKey(scope, fn.name(), q), current -> {
            if (current == null) {
                throw new ResourceNotFoundException("No policy is associated with the given resource.");
            }
            if (revisionId != null && !revisionId.equals(current.revisionId())) {
                throw PreconditionFailedException.revisionMismatch("GetPolicy");
            }
            if (current.statement(statementId).isEmpty()) {
                throw new ResourceNotFoundException("Statement " + statementId + " is not found in resource policy.");
            }
            functionService.setRevision(scope, fn.name(), q, revision);
            return current.without(statementId, revision);
        });
    }

    public GetPolicyResponse get(Scope scope, String functionName, String qualifier) {
        FunctionRef ref = FunctionRef.parse(functionName, qualifier, scope);
        String q = ref.latest() ? null : ref.qualifier();
        Supplier<ResourceNotFoundException> notFound = () -> new ResourceNotFoundException(NOT_FOUND);
        LambdaFunction fn = functions.find(scope, ref.name()).orElseThrow(notFound);
        PolicyTargets.resolve(fn, q, notFound);
        ResourcePolicy policy = store.get(new QualifiedKey(scope, fn.name(), q));
        if (policy == null) {
            throw notFound.get();
        }
        return new GetPolicyResponse(policy.documentJson(), policy.revisionId());
    }

    private static PolicyCondition condition(AddPermissionRequest r) {
        PolicyCondition.StringEquals equals = new PolicyCondition.StringEquals(r.sourceAccount(),
                r.eventSourceToken(), r.functionUrlAuthType(), r.principalOrgId());
        PolicyCondition.ArnLike arnLike = r.sourceArn() == null ? null : new PolicyCondition.ArnLike(r.sourceArn());
        PolicyCondition.Bool bool = Boolean.TRUE.equals(r.invokedViaFunctionUrl())
                ? new PolicyCondition.Bool("true") : null;
        return PolicyCondition.of(equals, arnLike, bool);
    }
}
