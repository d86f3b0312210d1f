package nl.regioportal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.regioportal.shared.AccessDeniedException;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * Who saw or received a student's data in the active region: the answer to an access request (AVG
 * article 15; "verstrekkingen" in the sense of NEN 7513). Every entry of the region's trail with
 * the student's pseudonymous key, in time order, as a list or as CSV ({@link DisclosuresCsv}, with
 * the organisations' names).
 *
 * <p>Only the region's coordinator (or a platform admin) asks, and asking is itself recorded in the
 * trail ({@code VIEW} for the list, {@code EXPORT} for the file, with the student's key), after the
 * entries were read: the overview never contains its own reading, the next one does.
 */
@ApplicationScoped
public class Disclosures {

  @Inject TenantEntityManager tenantEm;
  @Inject TenantContext tenantContext;
  @Inject CurrentCaller caller;
  @Inject AuditTrail trail;

  /** The entries of the active region about the student with {@code studentKey}, oldest first. */
  @Transactional
  public List<Disclosure> of(String studentKey) {
    List<Disclosure> found = read(studentKey);
    trail.record(
        AuditEvent.of(AuditAction.VIEW, "audit trail: disclosures of a student")
            .student(studentKey));
    return found;
  }

  /**
   * Writes the overview as CSV with Dutch headers ({@link DisclosuresCsv}); flushes, does not close
   * {@code out}.
   */
  @Transactional
  public void csv(String studentKey, OutputStream out) {
    List<Disclosure> found = read(studentKey);
    try {
      DisclosuresCsv.write(found, organisationNames(found), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    trail.record(
        AuditEvent.of(AuditAction.EXPORT, "audit trail: disclosures of a student (CSV)")
            .student(studentKey));
  }

  /** The names of the organisations the entries name (of the active region). */
  private Map<Long, String> organisationNames(List<Disclosure> found) {
    List<Long> ids =
        found.stream()
            .map(Disclosure::actorOrganisationId)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    Map<Long, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      tenantEm
          .em()
          .createQuery("select o.id, o.name from Organisation o where o.id in :ids", Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(row -> names.put((Long) row[0], (String) row[1]));
    }
    return names;
  }

  private List<Disclosure> read(String studentKey) {
    Objects.requireNonNull(studentKey, "student key is required");
    RegionCode region = tenantContext.require();
    if (!caller.managesRegion(region)) {
      throw new AccessDeniedException(
          "Alleen de coördinator beantwoordt een inzageverzoek / Only the coordinator answers an"
              + " access request.");
    }
    return AuditLedger.disclosures(tenantEm.em(), studentKey);
  }
}
