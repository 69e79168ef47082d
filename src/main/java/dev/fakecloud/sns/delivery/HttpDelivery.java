package dev.fakecloud.sns.delivery;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * POSTs to HTTP/S subscribers with Vert.x's non-blocking client, as SNS's agent does. A 2xx answer is a delivery;
 * anything else, or no answer within 15 seconds, fails the attempt as a value.
 */
@ApplicationScoped
public class HttpDelivery {

    static final String USER_AGENT = "Amazon Simple Notification Service Agent";

    /** The endpoint answered, but not with a 2xx status. */
    public static final class StatusException extends RuntimeException {
        private final int status;

        StatusException(int status) {
            super("HTTP status " + status, null, false, false);
            this.status = status;
        }

        /** 4xx answers other than 429 are the endpoint refusing the message: retrying would not help. */
        boolean permanent() {
            return status >= 400 && status < 500 && status != 429;
        }
    }

    private final Vertx vertx;
    private volatile HttpClient client;

    public HttpDelivery(Vertx vertx) {
        this.vertx = vertx;
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(5000)
                            .setMaxPoolSize(64).setTrustAll(true).setVerifyHost(false).setKeepAlive(true));
                }
                c = client;
            }
        }
        return c;
    }

    /** One attempt: completes when the endpoint answered 2xx. */
    Uni<Void> post(String url, Map<String, String> headers, String body) {
        return Uni.createFrom().deferred(() -> {
            RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(url)
                    .setTimeout(15_000);
            options.putHeader("User-Agent", USER_AGENT);
            options.putHeader("Accept-Encoding", "gzip,deflate");
            headers.forEach(options::putHeader);
            return Uni.createFrom().completionStage(client().request(options)
                    .compose(request -> request.send(Buffer.buffer(body)))
                    .compose(response -> response.body().map(ignored -> response.statusCode()))
                    .toCompletionStage());
        }).onItem().transformToUni(status -> status >= 200 && status < 300 ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(new StatusException(status)));
    }

    @PreDestroy
    void close() {
        HttpClient c = client;
        if (c != null) {
            c.close();
        }
    }
}
