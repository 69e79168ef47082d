package dev.fakecloud.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarDetectionTest {

    private static final String ID = "3f1c0e5b9a7d4c2e8f6a1b3d5c7e9f0a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e";

    @Test
    void theContainerIsFoundInTheMountOfItsHostnameFile(@TempDir Path dir) throws Exception {
        Path mountinfo = dir.resolve("mountinfo");
        Files.writeString(mountinfo, String.join("\n",
                "1047 1021 0:64 / / rw,relatime master:1 - overlay overlay rw,lowerdir=/var/lib/docker/overlay2/l/X",
                "1052 1047 8:1 /var/lib/docker/containers/" + ID + "/resolv.conf /etc/resolv.conf rw - ext4 /dev/sda1",
                "1053 1047 8:1 /var/lib/docker/containers/" + ID + "/hostname /etc/hostname rw - ext4 /dev/sda1"));
        assertThat(SelfContainer.detect(mountinfo)).contains(ID);
    }

    @Test
    void aDockerHostSeeingItsContainersShmIsNotInAContainer(@TempDir Path dir) throws Exception {
        Path mountinfo = dir.resolve("mountinfo");
        Files.writeString(mountinfo, String.join("\n",
                "25 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw",
                "600 25 0:55 / /var/lib/docker/containers/" + ID + "/mounts/shm rw - tmpfs shm rw,size=65536k"));
        assertThat(SelfContainer.detect(mountinfo)).isEmpty();
    }

    @Test
    void aSidecarOnTheHostNetworkKeepsLoopbackAndOneOnABridgeIsReachedAtItsAddress() {
        NetworkPlan host = NetworkPlan.sidecar("host", null, null, null);
        assertThat(host.networkMode()).isEqualTo("host");
        assertThat(host.advertisedHost()).isEqualTo("127.0.0.1");
        assertThat(host.bindHost()).isEqualTo("127.0.0.1");

        NetworkPlan bridge = NetworkPlan.sidecar("ci_default", "ci_default", "10.9.0.4", null);
        assertThat(bridge.networkMode()).isEqualTo("ci_default");
        assertThat(bridge.advertisedHost()).isEqualTo("10.9.0.4");
        assertThat(bridge.bindHost()).isEqualTo("0.0.0.0");
        assertThat(bridge.extraHost()).isNull();

        assertThat(NetworkPlan.sidecar("bridge", "bridge", "10.9.0.4", "fakecloud").advertisedHost())
                .isEqualTo("fakecloud");
    }
}
