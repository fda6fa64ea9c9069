package org.portcheck.api.problem;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.portcheck.document.DocumentException;

/** Test-only endpoints that fail in each way the problem mappers must handle. */
@Path("/test-only/problems")
public class ProblemProbeResource {

    public record Echo(String name, int count) {
    }

    @POST
    @Path("/multipart")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_PLAIN)
    public String multipart(@RestForm("file") FileUpload file, @RestForm("note") String note) {
        return "file=" + (file == null ? "none" : file.size()) + " note=" + (note == null ? "none" : note.length());
    }

    @POST
    @Path("/json")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Echo json(Echo body) {
        return body;
    }

    @GET
    @Path("/crash")
    public String crash() {
        throw new IllegalStateException("secret-4821 from " + getClass().getName());
    }

    @GET
    @Path("/document/{reason}")
    public String document(@PathParam("reason") DocumentException.Reason reason) {
        throw new DocumentException(reason, "the document cannot be taken (" + reason.name().toLowerCase() + ")");
    }

    @GET
    @Path("/api-error")
    public String apiError() {
        throw ApiException.tooLarge("The bill part is over the limit of 20 MiB.").forPart("bill");
    }
}
