package dev.fakecloud.events;

import dev.fakecloud.events.model.ConnectionShapes.ConnectivityResourceParameters;
import dev.fakecloud.events.model.ConnectionShapes.CreateConnectionAuthRequestParameters;

/**
 * One connection as it is stored, secrets included (AWS keeps them in Secrets Manager and never returns them;
 * neither does fakecloud).
 */
public record EventConnection(String name, String arn, String accountId, String region, String description,
        String authorizationType, CreateConnectionAuthRequestParameters auth,
        ConnectivityResourceParameters invocationConnectivity, String kmsKeyIdentifier, String state,
        String secretArn, long createdMillis, long modifiedMillis, long authorizedMillis) {

    EventConnection with(String nextDescription, String nextType, CreateConnectionAuthRequestParameters nextAuth,
            ConnectivityResourceParameters nextConnectivity, String nextKms, String nextState, long now) {
        return new EventConnection(name, arn, accountId, region, nextDescription, nextType, nextAuth,
                nextConnectivity, nextKms, nextState, secretArn, createdMillis, now, now);
    }
}
