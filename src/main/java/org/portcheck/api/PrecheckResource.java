package org.portcheck.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import org.portcheck.api.problem.ApiException;
import org.portcheck.extract.Order;

/** POST /api/v1/prechecks: parse the parts, check them against the limits, run one precheck. */
@Path("/api/v1/prechecks")
public class PrecheckResource {

    private static final Set<String> PARTS = Set.of("loa", "bill", "order");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    @Inject
    PrecheckService service;

    @Inject
    ApiConfig config;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Precheck an LOA, a bill and an order", description = "Parts loa, bill (PDF, PNG, JPEG, TIFF) and order (JSON), each optional; asOf=YYYY-MM-DD.")
    public PrecheckResponse precheck(MultipartFormDataInput input, @QueryParam("asOf") String asOf) {
        LocalDate day = asOf(asOf);
        Map<String, Collection<FormValue>> values = input.getValues();
        int parts = values.values().stream().mapToInt(Collection::size).sum();
        if (parts > config.maxParts()) {
            throw ApiException.badRequest("a precheck takes at most " + config.maxParts() + " parts; " + parts + " came");
        }
        for (Map.Entry<String, Collection<FormValue>> e : values.entrySet()) {
            if (!PARTS.contains(e.getKey())) {
                throw ApiException.badRequest("unknown part '" + printable(e.getKey()) + "': the parts are loa, bill and order");
            }
            if (e.getValue().size() > 1) {
                throw ApiException.badRequest("part '" + e.getKey() + "' is repeated").forPart(e.getKey());
            }
        }
        byte[] loa = file("loa", values);
        byte[] bill = file("bill", values);
        Order order = order(values);
        return service.check(new PrecheckService.Request(loa, bill, order, day));
    }

    private static LocalDate asOf(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now(ZoneId.systemDefault());
        }
        try {
            return LocalDate.parse(asOf.strip(), DAY);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("asOf must be a real calendar date as YYYY-MM-DD");
        }
    }

    private byte[] file(String name, Map<String, Collection<FormValue>> values) {
        Collection<FormValue> parts = values.get(name);
        if (parts == null || parts.isEmpty()) {
            return null;
        }
        FormValue part = parts.iterator().next();
        byte[] bytes = bytes(part, config.maxFileBytes(), name);
        boolean noName = part.getFileName() == null || part.getFileName().isEmpty();
        if (bytes.length == 0 && noName) {
            return null; // what a browser sends for an empty file input
        }
        return bytes;
    }

    private Order order(Map<String, Collection<FormValue>> values) {
        Collection<FormValue> parts = values.get("order");
        if (parts == null || parts.isEmpty()) {
            return null;
        }
        byte[] bytes = bytes(parts.iterator().next(), config.maxOrderBytes(), "order");
        if (bytes.length == 0) {
            return null;
        }
        return OrderParser.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    private static byte[] bytes(FormValue part, long limit, String name) {
        try {
            if (part.isFileItem()) {
                long size = part.getFileItem().getFileSize();
                if (size > limit) {
                    throw ApiException.tooLarge("part '" + name + "' is " + size + " bytes; the limit is " + limit).forPart(name);
                }
                try (InputStream in = part.getFileItem().getInputStream()) {
                    return in.readAllBytes();
                }
            }
            String value = part.getValue() == null ? "" : part.getValue();
            // A part without a filename arrives as text; ISO-8859-1 gives back its bytes one for one.
            byte[] bytes = name.equals("order") ? value.getBytes(StandardCharsets.UTF_8) : value.getBytes(StandardCharsets.ISO_8859_1);
            if (bytes.length > limit) {
                throw ApiException.tooLarge("part '" + name + "' is " + bytes.length + " bytes; the limit is " + limit).forPart(name);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read part " + name, e);
        }
    }

    private static String printable(String s) {
        String clean = s.replaceAll("[^\\p{Alnum}_.\\-]", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
