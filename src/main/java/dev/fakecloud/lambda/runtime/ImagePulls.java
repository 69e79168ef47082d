package dev.fakecloud.lambda.runtime;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure images are present (inspect, pull when missing) with at most one check or pull of an image in flight:
 * environments starting at the same time for the same image share its result instead of each asking Docker (and a
 * missing image is pulled once, not once per environment), and so does the pull a new function starts ahead of its
 * first invoke.
 */
@Singleton
public class ImagePulls {

    private final Docker docker;
    private final ConcurrentHashMap<String, CompletableFuture<String>> inFlight = new ConcurrentHashMap<>();

    public ImagePulls(Docker docker) {
        this.docker = docker;
    }

    /** @param runtime what needs the image, for messages ({@code python3.12}, {@code an image function}) */
    Uni<String> ensure(String image, String runtime) {
        return Uni.createFrom().deferred(() -> {
            CompletableFuture<String> mine = new CompletableFuture<>();
            CompletableFuture<String> shared = inFlight.putIfAbsent(image, mine);
            if (shared == null) {
                shared = mine;
                docker.call("prepare image " + image, d -> {
                    Containers.ensureImage(d, image, runtime);
                    return image;
                }).subscribe().with(ready -> {
                    inFlight.remove(image, mine);
                    mine.complete(ready);
                }, failure -> {
                    inFlight.remove(image, mine);
                    mine.completeExceptionally(failure);
                });
            }
            return Uni.createFrom().completionStage(shared.copy());
        });
    }
}
