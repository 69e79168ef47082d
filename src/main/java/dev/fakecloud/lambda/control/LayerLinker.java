package dev.fakecloud.lambda.control;

import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.model.FunctionShapes.LayerReference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks the layer versions a function names and turns them into the references its configuration shows. */
@ApplicationScoped
public class LayerLinker {

    static final Pattern LAYER_VERSION_ARN = Pattern.compile("(arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|"
            + "(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+)|(arn:[a-zA-Z0-9-]+:lambda:::awslayer:"
            + "[a-zA-Z0-9-_]+)");
    static final int MAX_LAYERS = 5;

    public List<LayerReference> link(Scope scope, List<String> arns, CodeArtifact code) {
        if (arns == null || arns.isEmpty()) {
            return List.of();
        }
        if (arns.stream().anyMatch(a -> a == null || !LAYER_VERSION_ARN.matcher(a).matches())) {
            Validation.start().violation(arns, "layers", "Member must satisfy constraint: [Member must have length "
                    + "less than or equal to 2048, Member must have length greater than or equal to 1, Member must "
                    + "satisfy regular expression pattern: " + LAYER_VERSION_ARN.pattern() + ", Member must not be "
                    + "null]").throwIfInvalid();
        }
        if (arns.size() > MAX_LAYERS) {
            throw new InvalidParameterValueException("Cannot reference more than " + MAX_LAYERS + " layers.");
        }
        Set<String> layerNames = new HashSet<>();
        List<LayerReference> refs = new ArrayList<>();
        for (String arn : arns) {
            String withoutVersion = arn.substring(0, arn.lastIndexOf(':'));
            if (!layerNames.add(withoutVersion)) {
                throw new InvalidParameterValueException("Two different versions of the same layer are not allowed to "
                        + "be referenced in the same function. " + withoutVersion + " is referenced multiple times.");
            }
            refs.add(new LayerReference(arn, 0L, null, null));
        }
        return refs;
    }
}
