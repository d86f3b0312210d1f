package nl.regioportal.web.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import nl.regioportal.directory.application.RegionTerms;
import nl.regioportal.directory.domain.DirectoryTerm;
import nl.regioportal.directory.domain.Taxonomy;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;

/**
 * The region's taxonomy: {@code GET /api/v1/regions/{region}/directory-terms} lists the shared
 * terms and the region's own; {@code POST} adds one of the region's own beneath a shared (or an
 * own) term (coordinators): {@code {"taxonomy":"ISSUE"|"ROLE","parentCode":"income_debt",
 * "nameNl":"...","nameEn":"...","descriptionNl":"..."}}, answered 201 with the term and its code.
 */
@Path("regions/{region}/directory-terms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryTermResource {

  @Inject RegionTerms terms;

  /** A term as the API shows it. */
  public record TermDto(
      String id,
      String code,
      String taxonomy,
      String parentCode,
      String nameNl,
      String nameEn,
      String descriptionNl,
      List<String> aliases,
      Boolean internalRole,
      boolean shared) {
    static TermDto of(DirectoryTerm t) {
      return new TermDto(
          t.id(),
          t.code(),
          t.taxonomy().name(),
          t.parentCode(),
          t.nameNl(),
          t.nameEn(),
          t.descriptionNl(),
          t.aliases(),
          t.internalRole(),
          t.shared());
    }
  }

  /** What a coordinator posts. */
  public record TermInputDto(
      String taxonomy, String parentCode, String nameNl, String nameEn, String descriptionNl) {}

  @GET
  public List<TermDto> list() {
    return terms.all().stream().map(TermDto::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(TermInputDto input) {
    if (input == null) {
      throw new InvalidInputException(List.of(Violation.of("taxonomy", "directory.term.taxonomy")));
    }
    Taxonomy taxonomy = null;
    if (input.taxonomy() != null) {
      try {
        taxonomy = Taxonomy.valueOf(input.taxonomy().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            List.of(Violation.of("taxonomy", "directory.term.taxonomy")));
      }
    }
    DirectoryTerm t =
        terms.add(
            new RegionTerms.Draft(
                taxonomy,
                input.parentCode(),
                input.nameNl(),
                input.nameEn(),
                input.descriptionNl()));
    return Response.status(Response.Status.CREATED).entity(TermDto.of(t)).build();
  }
}
