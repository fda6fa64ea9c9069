package org.portcheck.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.portcheck.api.problem.ApiException;
import org.portcheck.api.problem.Problem;
import org.portcheck.codes.CodeCatalogue;
import org.portcheck.codes.PortingCode;

import java.util.List;
import java.util.Optional;

/** The catalogue of porting codes. */
@Path("/api/v1/codes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "codes", description = "The porting status codes, their titles and what the customer must do")
public class CodesResource {

    private final CodeCatalogue catalogue;

    @Inject
    CodesResource(CodeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(summary = "All porting codes",
            description = "Every code of the porting status page, ordered by number. `trigger` is given only for "
                    + "codes that a precheck raises (`precheck: true`).")
    @APIResponse(responseCode = "200", description = "The catalogue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PortingCode.class, type = SchemaType.ARRAY)))
    public List<PortingCode> all() {
        return catalogue.all();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One porting code")
    @APIResponse(responseCode = "200", description = "The code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PortingCode.class)))
    @APIResponse(responseCode = "404", description = "No such code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PortingCode one(
            @Parameter(description = "The code number, e.g. 150", example = "150") @PathParam("code") String code) {
        // taken as text so that "abc" is a 404 problem like any unknown code, not a framework error
        return parse(code).flatMap(catalogue::find)
                .orElseThrow(() -> ApiException.notFound("There is no porting code " + describe(code) + "."));
    }

    private static Optional<Integer> parse(String code) {
        if (code == null || !code.matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(code));
    }

    // the path segment is echoed only when it is a plain number, so no input of other kinds comes back
    private static String describe(String code) {
        return parse(code).map(String::valueOf).orElse("with that name");
    }
}
