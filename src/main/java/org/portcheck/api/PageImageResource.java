package org.portcheck.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.portcheck.api.problem.ApiException;

/** GET /api/v1/prechecks/{id}/documents/{document}/pages/{page}: a recent precheck's page as a PNG. */
@Path("/api/v1/prechecks/{id}/documents/{document}/pages/{page}")
public class PageImageResource {

    @Inject
    PageImages images;

    @GET
    @Produces("image/png")
    @Operation(summary = "A page of a recent precheck as a PNG; X-Pixels-Per-Unit scales evidence boxes onto it")
    public Response page(@PathParam("id") String id, @PathParam("document") String document,
                         @PathParam("page") int page) {
        PageImages.Picture picture = images.find(id, document, page)
                .orElseThrow(() -> ApiException.notFound("no page " + page + " of that document is kept for this precheck"));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture.image(), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(png.toByteArray(), "image/png")
                .header("X-Pixels-Per-Unit", String.valueOf(picture.pixelsPerUnit()))
                .header("Cache-Control", "private, max-age=900")
                .build();
    }
}
