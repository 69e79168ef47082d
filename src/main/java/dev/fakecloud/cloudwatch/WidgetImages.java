package dev.fakecloud.cloudwatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakecloud.cloudwatch.model.ResourceShapes.GetMetricWidgetImageRequest;
import dev.fakecloud.cloudwatch.model.ResourceShapes.GetMetricWidgetImageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * GetMetricWidgetImage: the widget must be a JSON object, as on AWS; the answer is a valid PNG of one white pixel
 * (fakecloud draws no graphs), built here once.
 */
@ApplicationScoped
public class WidgetImages {

    static final byte[] PIXEL = onePixelPng();

    private final ObjectMapper json = new ObjectMapper();

    public GetMetricWidgetImageResponse get(CloudWatchCall call, GetMetricWidgetImageRequest r) {
        Requests.require(r.metricWidget(), "MetricWidget");
        JsonNode widget;
        try {
            widget = json.readTree(r.metricWidget());
        } catch (IOException e) {
            widget = null;
        }
        if (widget == null || !widget.isObject()) {
            throw CloudWatchErrors.invalidParameterValue("The value for parameter MetricWidget is not a valid JSON "
                    + "object.");
        }
        if (r.outputFormat() != null && !r.outputFormat().equals("png") && !r.outputFormat().equals("image/png")) {
            throw CloudWatchErrors.invalidParameterValue("The value " + r.outputFormat() + " for parameter "
                    + "OutputFormat is invalid. Only png is supported.");
        }
        return new GetMetricWidgetImageResponse(PIXEL.clone());
    }

    /** A 1x1 8-bit RGB PNG: signature, IHDR, one zlib-compressed scanline in IDAT, IEND. */
    private static byte[] onePixelPng() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(1).putInt(1).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0).array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[] {0, (byte) 0xff, (byte) 0xff, (byte) 0xff});
        deflater.finish();
        byte[] buffer = new byte[64];
        int n = deflater.deflate(buffer);
        deflater.end();
        byte[] data = new byte[n];
        System.arraycopy(buffer, 0, data, 0, n);
        chunk(out, "IDAT", data);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
