package dev.fakecloud.lambda.capacity;

import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.model.CapacityProviderShapes.CapacityProviderPermissionsConfig;
import dev.fakecloud.lambda.model.CapacityProviderShapes.CapacityProviderScalingConfig;
import dev.fakecloud.lambda.model.CapacityProviderShapes.CapacityProviderVpcConfig;
import dev.fakecloud.lambda.model.CapacityProviderShapes.CreateCapacityProviderRequest;
import dev.fakecloud.lambda.model.CapacityProviderShapes.InstanceRequirements;
import dev.fakecloud.lambda.model.CapacityProviderShapes.TargetTrackingScalingPolicy;
import java.util.List;
import java.util.regex.Pattern;

/** The model constraints of capacity provider requests, reported with AWS's validation wording. */
final class CapacityProviderValidator {

    static final Pattern NAME = Pattern.compile("(arn:aws[a-zA-Z-]*:lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+"
            + "-\\d{1}:\\d{12}:capacity-provider:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+");
    static final Pattern ROLE_ARN = Pattern.compile("arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");
    static final Pattern KMS_KEY_ARN = Pattern.compile("arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*");
    static final Pattern INSTANCE_TYPE = Pattern.compile("[a-zA-Z0-9\\.\\-]+");
    static final List<String> ARCHITECTURES = List.of("x86_64", "arm64");
    static final List<String> SCALING_MODES = List.of("Auto", "Manual");
    static final List<String> METRICS = List.of("LambdaCapacityProviderAverageCPUUtilization");
    static final List<String> STATES = List.of("Pending", "Active", "Failed", "Deleting");

    private CapacityProviderValidator() {
    }

    static Validation name(Validation v, String name) {
        return v.required(name, "capacityProviderName")
                .length(name, "capacityProviderName", 1, 140)
                .pattern(name, "capacityProviderName", NAME);
    }

    static void create(CreateCapacityProviderRequest r) {
        Validation v = name(Validation.start(), r.capacityProviderName());
        vpc(v, r.vpcConfig());
        permissions(v, r.permissionsConfig());
        instances(v, r.instanceRequirements());
        scaling(v, r.capacityProviderScalingConfig());
        v.length(r.kmsKeyArn(), "kmsKeyArn", 0, 10000).pattern(r.kmsKeyArn(), "kmsKeyArn", KMS_KEY_ARN);
        v.throwIfInvalid();
    }

    static void update(String name, CapacityProviderScalingConfig scaling) {
        Validation v = name(Validation.start(), name);
        scaling(v, scaling);
        v.throwIfInvalid();
    }

    private static void vpc(Validation v, CapacityProviderVpcConfig vpc) {
        v.required(vpc, "vpcConfig");
        if (vpc != null) {
            v.required(vpc.subnetIds(), "vpcConfig.subnetIds")
                    .maxSize(vpc.subnetIds(), "vpcConfig.subnetIds", 16)
                    .minSize(vpc.subnetIds(), "vpcConfig.subnetIds", 1)
                    .required(vpc.securityGroupIds(), "vpcConfig.securityGroupIds")
                    .maxSize(vpc.securityGroupIds(), "vpcConfig.securityGroupIds", 5);
        }
    }

    private static void permissions(Validation v, CapacityProviderPermissionsConfig permissions) {
        v.required(permissions, "permissionsConfig");
        if (permissions != null) {
            String role = permissions.capacityProviderOperatorRoleArn();
            v.required(role, "permissionsConfig.capacityProviderOperatorRoleArn")
                    .pattern(role, "permissionsConfig.capacityProviderOperatorRoleArn", ROLE_ARN);
        }
    }

    private static void instances(Validation v, InstanceRequirements requirements) {
        if (requirements == null) {
            return;
        }
        v.maxSize(requirements.architectures(), "instanceRequirements.architectures", 1)
                .minSize(requirements.architectures(), "instanceRequirements.architectures", 1)
                .eachOneOf(requirements.architectures(), "instanceRequirements.architectures", ARCHITECTURES);
        instanceTypes(v, requirements.allowedInstanceTypes(), "instanceRequirements.allowedInstanceTypes");
        instanceTypes(v, requirements.excludedInstanceTypes(), "instanceRequirements.excludedInstanceTypes");
    }

    private static void instanceTypes(Validation v, List<String> types, String member) {
        v.maxSize(types, member, 400);
        if (types != null && !types.stream().allMatch(t -> t != null && !t.isEmpty() && t.length() <= 30
                && INSTANCE_TYPE.matcher(t).matches())) {
            v.violation(types, member, "Member must satisfy constraint: [Member must have length less than or equal "
                    + "to 30, Member must have length greater than or equal to 1, Member must satisfy regular "
                    + "expression pattern: " + INSTANCE_TYPE.pattern() + ", Member must not be null]");
        }
    }

    private static void scaling(Validation v, CapacityProviderScalingConfig scaling) {
        if (scaling == null) {
            return;
        }
        String member = "capacityProviderScalingConfig";
        v.range(scaling.maxVCpuCount(), member + ".maxVCpuCount", 2, 15000)
                .oneOf(scaling.scalingMode(), member + ".scalingMode", SCALING_MODES)
                .maxSize(scaling.scalingPolicies(), member + ".scalingPolicies", 10)
                .minSize(scaling.scalingPolicies(), member + ".scalingPolicies", 1);
        List<TargetTrackingScalingPolicy> policies = scaling.scalingPolicies();
        for (int i = 0; policies != null && i < policies.size(); i++) {
            String at = member + ".scalingPolicies." + (i + 1) + ".member";
            TargetTrackingScalingPolicy p = policies.get(i);
            if (p == null) {
                v.required(null, at);
                continue;
            }
            v.required(p.predefinedMetricType(), at + ".predefinedMetricType")
                    .oneOf(p.predefinedMetricType(), at + ".predefinedMetricType", METRICS)
                    .required(p.targetValue(), at + ".targetValue");
            Double target = p.targetValue();
            if (target != null && target > 100.0) {
                v.violation(target, at + ".targetValue", "Member must have value less than or equal to 100");
            } else if (target != null && target < 0.0) {
                v.violation(target, at + ".targetValue", "Member must have value greater than or equal to 0");
            }
        }
    }
}
