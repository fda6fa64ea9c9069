package org.portcheck.qa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.portcheck.api.PageImages;

/** Prechecks against a running server: POST /api/v1/prechecks with a multipart body, pictures by GET. */
public final class HttpPrecheckClient implements PrecheckClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final Duration timeout;
    private final HttpClient http;

    public HttpPrecheckClient(String baseUrl, Duration timeout) {
        this.base = baseUrl.replaceAll("/+$", "");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public Reply send(Parts parts) {
        String boundary = "portcheck-qa-" + UUID.randomUUID();
        byte[] body = multipart(boundary, parts);
        String query = parts.asOf() == null ? "" : "?asOf=" + parts.asOf();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/prechecks" + query))
                .timeout(timeout)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 200) {
                return Reply.ok(JSON.readTree(response.body()));
            }
            return Reply.failed(response.statusCode(), problem(response));
        } catch (IOException e) {
            return Reply.failed(0, "request failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.failed(0, "request interrupted");
        }
    }

    /** "415 Unsupported Media Type: detail" from a problem+json body, or the status alone when there is none. */
    private static String problem(HttpResponse<byte[]> response) {
        String text = response.statusCode() + "";
        try {
            JsonNode p = JSON.readTree(response.body());
            if (p != null && p.isObject()) {
                return text + " " + p.path("title").asText("") + ": " + p.path("detail").asText("");
            }
        } catch (IOException e) {
            // not problem+json; the status says enough
        }
        return text + " (no problem+json body)";
    }

    static byte[] multipart(String boundary, Parts parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        filePart(out, boundary, "loa", parts.loaName(), "application/octet-stream", parts.loa());
        filePart(out, boundary, "bill", parts.billName(), "application/octet-stream", parts.bill());
        // sent as a file so the server takes its bytes as they are (UTF-8) rather than as a form field
        filePart(out, boundary, "order", "order.json", "application/json", parts.order());
        write(out, "--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static void filePart(ByteArrayOutputStream out, String boundary, String name, String fileName,
                                 String type, byte[] bytes) {
        if (bytes == null) {
            return;
        }
        String safeName = fileName == null ? name : fileName.replaceAll("[\"\\r\\n\\\\]", "_");
        write(out, "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + safeName + "\"\r\n"
                + "Content-Type: " + type + "\r\n\r\n");
        out.writeBytes(bytes);
        write(out, "\r\n");
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Optional<PageImages.Picture> page(String precheckId, String document, int page, String imagePath) {
        if (imagePath == null || imagePath.isBlank()) {
            return Optional.empty();
        }
        URI uri = imagePath.startsWith("http") ? URI.create(imagePath) : URI.create(base + imagePath);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "image/png").GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
            double scale = response.headers().firstValue("X-Pixels-Per-Unit").map(Double::parseDouble).orElse(0.0);
            return image == null || scale <= 0 ? Optional.empty() : Optional.of(new PageImages.Picture(image, scale));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public String target() {
        return base;
    }
}
