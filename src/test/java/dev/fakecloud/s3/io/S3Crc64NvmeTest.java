package dev.fakecloud.s3.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** CRC-64/NVME as the catalogue of CRC parameters defines it, and as S3 prints it. */
class S3Crc64NvmeTest {

    @Test
    void checkValueOfTheCatalogue() {
        Crc64Nvme crc = new Crc64Nvme();
        byte[] digits = "123456789".getBytes(StandardCharsets.US_ASCII);
        crc.update(digits, 0, digits.length);
        assertThat(crc.getValue()).isEqualTo(0xAE8B14860A799888L);
    }

    @Test
    void bytewiseAndEightAtATimeAgree() {
        byte[] data = new byte[1000];
        new java.util.Random(5).nextBytes(data);
        Crc64Nvme whole = new Crc64Nvme();
        whole.update(data, 0, data.length);
        Crc64Nvme single = new Crc64Nvme();
        for (byte b : data) {
            single.update(b);
        }
        assertThat(single.getValue()).isEqualTo(whole.getValue());
    }

    @Test
    void printedAsS3PrintsIt() {
        assertThat(ChecksumAlgorithm.CRC64NVME.of(new byte[0])).isEqualTo("AAAAAAAAAAA=");
        assertThat(ChecksumAlgorithm.CRC32.of("hello".getBytes(StandardCharsets.US_ASCII))).isEqualTo("NhCmhg==");
    }
}
