package dev.fakecloud.logs;

import dev.fakecloud.core.Page;
import dev.fakecloud.core.store.StateStore;
import dev.fakecloud.logs.model.DeliveryShapes.AssociateSourceToS3TableIntegrationRequest;
import dev.fakecloud.logs.model.DeliveryShapes.AssociateSourceToS3TableIntegrationResponse;
import dev.fakecloud.logs.model.DeliveryShapes.DeleteIntegrationRequest;
import dev.fakecloud.logs.model.DeliveryShapes.DeleteIntegrationResponse;
import dev.fakecloud.logs.model.DeliveryShapes.DisassociateSourceFromS3TableIntegrationRequest;
import dev.fakecloud.logs.model.DeliveryShapes.DisassociateSourceFromS3TableIntegrationResponse;
import dev.fakecloud.logs.model.DeliveryShapes.GetIntegrationRequest;
import dev.fakecloud.logs.model.DeliveryShapes.GetIntegrationResponse;
import dev.fakecloud.logs.model.DeliveryShapes.IntegrationSummary;
import dev.fakecloud.logs.model.DeliveryShapes.ListIntegrationsRequest;
import dev.fakecloud.logs.model.DeliveryShapes.ListIntegrationsResponse;
import dev.fakecloud.logs.model.DeliveryShapes.ListSourcesForS3TableIntegrationRequest;
import dev.fakecloud.logs.model.DeliveryShapes.ListSourcesForS3TableIntegrationResponse;
import dev.fakecloud.logs.model.DeliveryShapes.PutIntegrationRequest;
import dev.fakecloud.logs.model.DeliveryShapes.PutIntegrationResponse;
import dev.fakecloud.logs.model.DeliveryShapes.S3TableIntegrationSource;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * OpenSearch integrations and the sources associated with S3 Tables integrations, stored as AWS stores them
 * (integrations are ACTIVE at once; nothing is sent anywhere).
 */
@Startup
@ApplicationScoped
public class IntegrationService {

    private final ScopedTable<GetIntegrationResponse> integrations;
    private final ScopedTable<S3TableIntegrationSource> sources;

    public IntegrationService(StateStore store) {
        this.integrations = new ScopedTable<>(store, "logs.integrations", GetIntegrationResponse.class);
        this.sources = new ScopedTable<>(store, "logs.s3-table-sources", S3TableIntegrationSource.class);
    }

    public PutIntegrationResponse put(LogsCall call, PutIntegrationRequest r) {
        LogsErrors.require(new String[] {"integrationName", "resourceConfig", "integrationType"},
                r.integrationName(), r.resourceConfig(), r.integrationType());
        integrations.put(call, r.integrationName(), new GetIntegrationResponse(r.integrationName(),
                r.integrationType(), "ACTIVE", null));
        return new PutIntegrationResponse(r.integrationName(), "ACTIVE");
    }

    public GetIntegrationResponse get(LogsCall call, GetIntegrationRequest r) {
        return require(call, r.integrationName());
    }

    public ListIntegrationsResponse list(LogsCall call, ListIntegrationsRequest r) {
        return new ListIntegrationsResponse(integrations.list(call, r.integrationNamePrefix()).stream()
                .filter(i -> r.integrationType() == null || r.integrationType().equals(i.integrationType()))
                .filter(i -> r.integrationStatus() == null || r.integrationStatus().equals(i.integrationStatus()))
                .map(i -> new IntegrationSummary(i.integrationName(), i.integrationType(), i.integrationStatus()))
                .toList());
    }

    public DeleteIntegrationResponse delete(LogsCall call, DeleteIntegrationRequest r) {
        require(call, r.integrationName());
        integrations.remove(call, r.integrationName());
        return new DeleteIntegrationResponse();
    }

    private GetIntegrationResponse require(LogsCall call, String name) {
        LogsErrors.require("integrationName", name);
        GetIntegrationResponse i = integrations.get(call, name);
        if (i == null) {
            throw LogsErrors.resourceNotFound("The specified integration does not exist.");
        }
        return i;
    }

    public AssociateSourceToS3TableIntegrationResponse associate(LogsCall call,
            AssociateSourceToS3TableIntegrationRequest r) {
        LogsErrors.require(new String[] {"integrationArn", "dataSource"}, r.integrationArn(), r.dataSource());
        String id = UUID.randomUUID().toString();
        sources.put(call, id, new S3TableIntegrationSource(id, r.dataSource(), "ACTIVE", null,
                System.currentTimeMillis(), r.integrationArn()));
        return new AssociateSourceToS3TableIntegrationResponse(id);
    }

    public ListSourcesForS3TableIntegrationResponse sources(LogsCall call, ListSourcesForS3TableIntegrationRequest r) {
        LogsErrors.require("integrationArn", r.integrationArn());
        List<S3TableIntegrationSource> matching = sources.list(call, "").stream()
                .filter(s -> r.integrationArn().equals(s.parentSourceIdentifier())).toList();
        Page<S3TableIntegrationSource> page = Page.of(matching, S3TableIntegrationSource::identifier, r.nextToken(),
                LogGroupService.limit(r.maxResults(), 100), LogsErrors::invalidToken);
        return new ListSourcesForS3TableIntegrationResponse(page.items(), page.nextMarker());
    }

    public DisassociateSourceFromS3TableIntegrationResponse disassociate(LogsCall call,
            DisassociateSourceFromS3TableIntegrationRequest r) {
        LogsErrors.require("identifier", r.identifier());
        if (sources.remove(call, r.identifier()) == null) {
            throw LogsErrors.resourceNotFound("The specified data source is not associated with an integration.");
        }
        return new DisassociateSourceFromS3TableIntegrationResponse(r.identifier());
    }
}
