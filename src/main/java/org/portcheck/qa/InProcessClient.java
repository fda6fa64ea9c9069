package org.portcheck.qa;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.portcheck.api.ApiConfig;
import org.portcheck.api.OrderParser;
import org.portcheck.api.PageImages;
import org.portcheck.api.PrecheckResponse;
import org.portcheck.api.PrecheckService;
import org.portcheck.api.problem.ApiException;
import org.portcheck.extract.Order;

/**
 * Prechecks in this JVM through the same service, order parser and limits the HTTP endpoint uses, so a QA run
 * needs no server and no port.
 */
@ApplicationScoped
public class InProcessClient implements PrecheckClient {

    private final PrecheckService service;
    private final PageImages pageImages;
    private final ApiConfig limits;
    private final ObjectMapper json;

    @Inject
    public InProcessClient(PrecheckService service, PageImages pageImages, ApiConfig limits, ObjectMapper json) {
        this.service = service;
        this.pageImages = pageImages;
        this.limits = limits;
        this.json = json;
    }

    @Override
    public Reply send(Parts parts) {
        try {
            checkSize("loa", parts.loa(), limits.maxFileBytes());
            checkSize("bill", parts.bill(), limits.maxFileBytes());
            checkSize("order", parts.order(), limits.maxOrderBytes());
            Order order = parts.order() == null || parts.order().length == 0 ? null
                    : OrderParser.parse(new String(parts.order(), StandardCharsets.UTF_8));
            PrecheckResponse response = service.check(new PrecheckService.Request(parts.loa(), parts.bill(), order,
                    parts.asOf()));
            return Reply.ok(json.valueToTree(response));
        } catch (ApiException e) {
            return Reply.failed(e.status(), e.status() + " " + e.title() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // what the HTTP endpoint would answer as a bare 500; the class name helps whoever reads the QA report
            return Reply.failed(500, "500 internal error (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static void checkSize(String part, byte[] bytes, long limit) {
        if (bytes != null && bytes.length > limit) {
            throw ApiException.tooLarge("part '" + part + "' is " + bytes.length + " bytes; the limit is " + limit);
        }
    }

    @Override
    public Optional<PageImages.Picture> page(String precheckId, String document, int page, String imagePath) {
        return pageImages.find(precheckId, document, page);
    }

    @Override
    public String target() {
        return "in-process";
    }
}
