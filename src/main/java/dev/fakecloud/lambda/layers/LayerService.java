package dev.fakecloud.lambda.layers;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.Scope;
import dev.fakecloud.lambda.code.CodeStorageUsage;
import dev.fakecloud.core.Validation;
import dev.fakecloud.lambda.code.BlobReferences;
import dev.fakecloud.lambda.code.CodeArtifact;
import dev.fakecloud.lambda.code.CodeBlobStore;
import dev.fakecloud.lambda.code.CodeService;
import dev.fakecloud.lambda.error.InvalidParameterValueException;
import dev.fakecloud.lambda.error.ResourceNotFoundException;
import dev.fakecloud.lambda.layers.LayerArns.LayerId;
import dev.fakecloud.lambda.model.LayerShapes.LayerVersionContentInput;
import dev.fakecloud.lambda.model.LayerShapes.LayersListItem;
import dev.fakecloud.lambda.model.LayerShapes.LayerVersionsListItem;
import dev.fakecloud.lambda.model.LayerShapes.PublishLayerVersionRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;

/** Publishing, reading, listing and deleting layer versions. */
@ApplicationScoped
public class LayerService implements CodeStorageUsage, BlobReferences {

    static final String NOT_FOUND = "The resource you requested does not exist.";
    private static final DateTimeFormatter CREATED_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final LayerStore store;
    private final CodeService codes;
    private final CodeBlobStore blobs;

    public LayerService(LayerStore store, CodeService codes, CodeBlobStore blobs) {
        this.store = store;
        this.codes = codes;
        this.blobs = blobs;
    }

    @Override
    public Set<String> referencedBlobs() {
        Set<String> ids = new HashSet<>();
        store.allVersions().forEach(v -> ids.add(v.code().blobId()));
        ids.remove(null);
        return ids;
    }

    public LayerVersion publish(Scope caller, String layerName, PublishLayerVersionRequest r) {
        LayerValidator.validatePublish(layerName, r);
        LayerVersionContentInput content = r.content();
        CodeArtifact code = codes.fromZip(content.zipFile(), content.s3Bucket(), content.s3Key(),
                content.s3ObjectVersion());
        LayerId id = LayerArns.layer(layerName, caller);
        String created = OffsetDateTime.now(ZoneOffset.UTC).format(CREATED_DATE);
        long number = store.nextVersion(id.scope(), id.name());
        LayerVersion version = new LayerVersion(id.scope(), id.name(), number,
                r.description() == null ? "" : r.description(), created, copy(r.compatibleRuntimes()),
                r.licenseInfo(), copy(r.compatibleArchitectures()), code);
        store.put(version);
        return version;
    }

    public LayerVersion get(Scope caller, String layerName, String versionNumber) {
        validateName(layerName);
        long number = LayerValidator.versionNumber(versionNumber);
        LayerId id = LayerArns.layer(layerName, caller);
        return store.find(id.scope(), id.name(), number)
                .orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
    }

    public LayerVersion getByArn(String arn) {
        Validation.start().required(arn, "arn").length(arn, "arn", 1, 140)
                .pattern(arn, "arn", LayerArns.LAYER_VERSION_ARN).throwIfInvalid();
        LayerArns.LayerVersionId id = LayerArns.version(arn);
        if (id == null) {
            throw new ResourceNotFoundException(NOT_FOUND);
        }
        return store.find(id.scope(), id.name(), id.version())
                .orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
    }

    /** The latest version of each layer that matches the filters. */
    public Page<LayersListItem> list(Scope caller, String runtime, String architecture, String marker,
            int maxItems) {
        LayerValidator.validateFilters(runtime, architecture);
        List<LayersListItem> items = new ArrayList<>();
        for (Map.Entry<String, List<LayerVersion>> layer : store.all(caller).entrySet()) {
            layer.getValue().stream().filter(v -> v.matches(runtime, architecture)).findFirst()
                    .ifPresent(v -> items.add(new LayersListItem(layer.getKey(), v.layerArn(),
                            LayerViews.listItem(v))));
        }
        return Page.of(items, LayersListItem::layerName, marker, maxItems, LayerService::invalidMarker);
    }

    /** The versions of a layer that match the filters, newest first; none for an unknown layer. */
    public Page<LayerVersionsListItem> listVersions(Scope caller, String layerName, String runtime,
            String architecture, String marker, int maxItems) {
        validateName(layerName);
        LayerValidator.validateFilters(runtime, architecture);
        LayerId id = LayerArns.layer(layerName, caller);
        List<LayerVersionsListItem> items = store.versionsOf(id.scope(), id.name()).stream()
                .filter(v -> v.matches(runtime, architecture))
                .map(LayerViews::listItem).toList();
        return Page.of(items, v -> String.format("%020d", Long.MAX_VALUE - v.version()), marker, maxItems,
                LayerService::invalidMarker);
    }

    /** Deletes a version (and its policy); deleting one that does not exist succeeds, as in AWS. */
    public void delete(Scope caller, String layerName, String versionNumber) {
        validateName(layerName);
        long number = LayerValidator.versionNumber(versionNumber);
        LayerId id = LayerArns.layer(layerName, caller);
        if (store.delete(id.scope(), id.name(), number)) {
            blobs.released();
        }
    }

    /** The stored version a reference names, for functions that use layers. */
    public Optional<LayerVersion> find(Scope scope, String name, long version) {
        return store.find(scope, name, version);
    }

    /** The bytes of all layer versions of a scope, for the account's {@code TotalCodeSize}. */
    @Override
    public long totalCodeSize(Scope scope) {
        return store.totalCodeSize(scope);
    }

    private static void validateName(String layerName) {
        Validation v = Validation.start();
        LayerValidator.layerName(v, layerName);
        v.throwIfInvalid();
    }

    private static List<String> copy(List<String> values) {
        return values == null ? null : List.copyOf(values);
    }

    private static InvalidParameterValueException invalidMarker() {
        return new InvalidParameterValueException("Invalid marker");
    }
}
