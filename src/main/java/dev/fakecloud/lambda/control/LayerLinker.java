package dev.fakecloud.lambda.control;

import dev.fakecloud.lambda.code.CodeService;
import dev.fakecloud.lambda.code.CodeArtifact;
import dev.fakecloud.core.Scope;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.layers.LayerArns;
import dev.fakecloud.lambda.layers.LayerArns.LayerVersionId;
import dev.fakecloud.lambda.layers.LayerService;
import dev.fakecloud.lambda.layers.LayerVersion;
import dev.fakecloud.lambda.model.FunctionShapes.LayerReference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the layer versions a function names (form, count, one version per layer, same region, existence, total
 * unzipped size) and turns them into the references its configuration shows.
 */
@ApplicationScoped
public class LayerLinker {

    static final int MAX_LAYERS = 5;

    private final LayerService layers;

    public LayerLinker(LayerService layers) {
        this.layers = layers;
    }

    public List<LayerReference> link(Scope scope, List<String> arns, CodeArtifact code) {
        if (arns == null || arns.isEmpty()) {
            return List.of();
        }
        if (arns.stream().anyMatch(a -> a == null || !LayerArns.LAYER_VERSION_ARN.matcher(a).matches())) {
            Validation.start().violation(arns, "layers", "Member must satisfy constraint: [Member must have length "
                    + "less than or equal to 2048, Member must have length greater than or equal to 1, Member must "
                    + "satisfy regular expression pattern: " + LayerArns.LAYER_VERSION_ARN.pattern() + ", Member must "
                    + "not be null]").throwIfInvalid();
        }
        if (arns.size() > MAX_LAYERS) {
            throw new InvalidParameterValueException("Cannot reference more than " + MAX_LAYERS + " layers.");
        }
        Map<String, String> firstVersionOfLayer = new HashMap<>();
        for (String arn : arns) {
            String layerArn = arn.substring(0, arn.lastIndexOf(':'));
            String earlier = firstVersionOfLayer.putIfAbsent(layerArn, arn);
            if (earlier != null) {
                throw new InvalidParameterValueException("Two different versions of the same layer are not allowed to "
                        + "be referenced in the same function. " + earlier + " and " + arn
                        + " are versions of the same layer.");
            }
        }
        List<LayerReference> refs = new ArrayList<>();
        long unzipped = code.unzippedSize();
        for (String arn : arns) {
            LayerVersionId id = LayerArns.version(arn);
            if (id == null) {
                refs.add(new LayerReference(arn, null, null, null));
                continue;
            }
            if (!id.scope().region().equals(scope.region())) {
                throw new InvalidParameterValueException("Layers are not in the same region as the function. Layers "
                        + "are expected to be in region " + scope.region() + ".");
            }
            LayerVersion version = layers.find(id.scope(), id.name(), id.version()).orElseThrow(
                    () -> new InvalidParameterValueException("Layer version " + arn + " does not exist."));
            unzipped += version.code().unzippedSize();
            refs.add(new LayerReference(arn, version.code().size(), null, null));
        }
        if (unzipped > CodeService.MAX_UNZIPPED) {
            throw new InvalidParameterValueException("Function code combined with layers exceeds the maximum allowed "
                    + "size of " + CodeService.MAX_UNZIPPED + " bytes. The actual size is " + unzipped + " bytes.");
        }
        return refs;
    }
}
