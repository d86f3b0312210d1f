package nl.regioportal.web.funding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.regioportal.funding.application.FundingService;
import nl.regioportal.funding.application.KeyDraft;
import nl.regioportal.funding.engine.KeyInput;

/** A stateless funding-key preview for spreadsheets and partner scripts: nothing is stored. */
@Path("regions/{region}/funding-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundingKeyResource {

  @Inject FundingService service;
  @Context UriInfo uri;

  @PathParam("region")
  String region;

  /** Computes a key without storing anything; {@code explain=true} adds each derivation. */
  @POST
  @Path("preview")
  public PreviewDto preview(
      KeyDto body, @QueryParam("explain") @DefaultValue("false") boolean explain) {
    KeyDraft key = KeyDto.draft(body);
    return PreviewDto.of(
        service.preview(new KeyInput(key.total(), key.parts(), key.municipalities())), explain);
  }
}
