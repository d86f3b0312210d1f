package nl.regioportal.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.util.List;
import nl.regioportal.audit.Disclosure;
import nl.regioportal.audit.Disclosures;
import nl.regioportal.referral.domain.Referral;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * A student's disclosure log found through one of their referrals (issue 10, point 7): the
 * coordinator answering an access request knows the referral, not the student's pseudonymous key.
 * The key is made from the referral's student ({@link Referrals#studentKey}); for an anonymised
 * referral, whose name is gone, it is the key its own audit entries carry, so the log stays
 * answerable after the retention period. The coordinator sees no student data here: the log holds
 * the key and subjects that name no one; neither is the key shown.
 *
 * <p>Only the region's coordinators (and the platform admin, the system): {@link
 * RegionAccess#requireManager}. Asking is recorded by {@link Disclosures} in the same transaction.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class ReferralDisclosures {

  @Inject TenantEntityManager tenantEm;
  @Inject RegionAccess access;
  @Inject Disclosures disclosures;

  /** The disclosure log of referral {@code referralId}'s student, oldest first. */
  public List<Disclosure> of(long referralId) {
    return disclosures.of(studentKeyOf(referralId));
  }

  /** The same as CSV ({@code DisclosuresCsv}); flushes, does not close {@code out}. */
  public void csv(long referralId, OutputStream out) {
    disclosures.csv(studentKeyOf(referralId), out);
  }

  private String studentKeyOf(long referralId) {
    RegionCode region =
        access.requireManager(
            "Alleen de coördinator beantwoordt een inzageverzoek / Only the coordinator answers an"
                + " access request.");
    access.requireStudentData();
    Referral r = tenantEm.em().find(Referral.class, referralId);
    if (r == null) {
      throw new NotFoundException("referral", referralId);
    }
    if (!r.isAnonymised()) {
      return Referrals.studentKey(region, r);
    }
    return tenantEm
        .em()
        .createQuery(
            "select e.studentKey from AuditEntry e where e.referralId = :r and e.studentKey is not"
                + " null order by e.seq desc",
            String.class)
        .setParameter("r", referralId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("referral", referralId));
  }
}
