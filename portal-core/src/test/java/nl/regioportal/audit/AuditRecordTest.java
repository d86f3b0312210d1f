package nl.regioportal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The canonical form and hash of an entry, as the Javadoc of {@link AuditRecord} defines them. The
 * expected hashes were computed outside Java (Python's hashlib over the documented form), so the
 * definition is what an outside check can recompute.
 */
class AuditRecordTest {

  private static final AuditRecord EXAMPLE =
      new AuditRecord(
          "29",
          1,
          LocalDateTime.of(2026, 12, 3, 9, 15, 2),
          "system",
          null,
          "system",
          "VIEW",
          null,
          null,
          "test",
          "system",
          AuditRecord.GENESIS,
          null);

  private static final AuditRecord FULL =
      new AuditRecord(
          "29",
          12,
          LocalDateTime.of(2026, 12, 3, 23, 59, 59, 1_000),
          "jdevries",
          41L,
          "care-worker,school-staff",
          "DELIVER",
          123L,
          "s1-" + "0f".repeat(32),
          "verwijzing 123: gegevens van de jongere — één",
          "2001:db8::1",
          "ab".repeat(32),
          null);

  @Test
  void theCanonicalFormIsTheDocumentedOne() {
    assertThat(EXAMPLE.canonical())
        .isEqualTo(
            "audit_entry v1\n"
                + "prev_hash=64:0000000000000000000000000000000000000000000000000000000000000000\n"
                + "tenant_id=2:29\n"
                + "seq=1:1\n"
                + "at=27:2026-12-03T09:15:02.000000Z\n"
                + "actor=6:system\n"
                + "actor_organisation_id=-\n"
                + "actor_role=6:system\n"
                + "action=4:VIEW\n"
                + "referral_id=-\n"
                + "student_key=-\n"
                + "subject=4:test\n"
                + "origin=6:system\n");
  }

  @Test
  void theHashIsTheOneAnOutsideCheckComputes() {
    assertThat(EXAMPLE.computedHash())
        .isEqualTo("42e012d6d88e7ea6d0b3a59da5186bdc770ecfa9f79fcf010c15f7a5903ad6b1");
    assertThat(FULL.computedHash())
        .isEqualTo("b05cfecd687b4dca6243906cdf440051ee7feeb7e55a1360671c3fc74952d991");
  }

  @Test
  void lengthsCountUtf8BytesAndTimesKeepSixFractionDigits() {
    assertThat(FULL.canonical())
        .contains("subject=49:verwijzing 123: gegevens van de jongere — één\n")
        .contains("at=27:2026-12-03T23:59:59.000001Z\n")
        .contains("actor_organisation_id=2:41\n");
    AuditRecord whole =
        new AuditRecord(
            "29",
            1,
            LocalDateTime.of(2026, 1, 2, 3, 4, 5),
            "a",
            null,
            "r",
            "VIEW",
            null,
            null,
            "s",
            "o",
            AuditRecord.GENESIS,
            null);
    assertThat(whole.canonical()).contains("at=27:2026-01-02T03:04:05.000000Z\n");
  }

  @Test
  void nullAndEmptyAndShiftedTextsGiveDifferentHashes() {
    AuditRecord empty = withStudentKey(EXAMPLE, "");
    assertThat(empty.computedHash()).isNotEqualTo(EXAMPLE.computedHash());
    // moving text from one field into the next is not the same entry
    AuditRecord a = withSubjectAndOrigin(EXAMPLE, "ab", "c");
    AuditRecord b = withSubjectAndOrigin(EXAMPLE, "a", "bc");
    assertThat(a.computedHash()).isNotEqualTo(b.computedHash());
    // a subject that looks like the following lines is still one field
    AuditRecord forged = withSubjectAndOrigin(EXAMPLE, "x\norigin=1:y", "z");
    assertThat(forged.canonical())
        .isNotEqualTo(withSubjectAndOrigin(EXAMPLE, "x", "y").canonical());
  }

  @Test
  void everyFieldIsPartOfTheHash() {
    AuditRecord r = FULL;
    List<AuditRecord> variants =
        List.of(
            r,
            new AuditRecord(
                "13",
                r.seq(),
                r.at(),
                r.actor(),
                r.actorOrganisationId(),
                r.actorRole(),
                r.action(),
                r.referralId(),
                r.studentKey(),
                r.subject(),
                r.origin(),
                r.prevHash(),
                null),
            new AuditRecord(
                r.region(),
                13,
                r.at(),
                r.actor(),
                r.actorOrganisationId(),
                r.actorRole(),
                r.action(),
                r.referralId(),
                r.studentKey(),
                r.subject(),
                r.origin(),
                r.prevHash(),
                null),
            new AuditRecord(
                r.region(),
                r.seq(),
                r.at().plusNanos(1000),
                r.actor(),
                r.actorOrganisationId(),
                r.actorRole(),
                r.action(),
                r.referralId(),
                r.studentKey(),
                r.subject(),
                r.origin(),
                r.prevHash(),
                null),
            new AuditRecord(
                r.region(),
                r.seq(),
                r.at(),
                "x",
                r.actorOrganisationId(),
                r.actorRole(),
                r.action(),
                r.referralId(),
                r.studentKey(),
                r.subject(),
                r.origin(),
                r.prevHash(),
                null),
            new AuditRecord(
                r.region(),
                r.seq(),
                r.at(),
                r.actor(),
                null,
                r.actorRole(),
                r.action(),
                r.referralId(),
                r.studentKey(),
                r.subject(),
                r.origin(),
                r.prevHash(),
                null),
            new AuditRecord(
                r.region(),
                r.seq(),
                r.at(),
                r.actor(),
                r.actorOrganisationId(),
                "care-worker",
                r.action(),
                r.referralId(),
                r.studentKey(),
                r.subject(),
                r.origin(),
                r.prevHash(),
                null),
            new AuditRecord(
                r.region(),
                r.seq(),
                r.at(),
                r.actor(),
                r.actorOrganisationId(),
                r.actorRole(),
                "VIEW",
                r.referralId(),
                r.studentKey(),
                r.subject(),
                r.origin(),
                r.prevHash(),
                null),
            new AuditRecord(
                r.region(),
                r.seq(),
                r.at(),
                r.actor(),
                r.actorOrganisationId(),
                r.actorRole(),
                r.action(),
                124L,
                r.studentKey(),
                r.subject(),
                r.origin(),
                r.prevHash(),
                null),
            new AuditRecord(
                r.region(),
                r.seq(),
                r.at(),
                r.actor(),
                r.actorOrganisationId(),
                r.actorRole(),
                r.action(),
                r.referralId(),
                "s1-x",
                r.subject(),
                r.origin(),
                r.prevHash(),
                null),
            new AuditRecord(
                r.region(),
                r.seq(),
                r.at(),
                r.actor(),
                r.actorOrganisationId(),
                r.actorRole(),
                r.action(),
                r.referralId(),
                r.studentKey(),
                "x",
                r.origin(),
                r.prevHash(),
                null),
            new AuditRecord(
                r.region(),
                r.seq(),
                r.at(),
                r.actor(),
                r.actorOrganisationId(),
                r.actorRole(),
                r.action(),
                r.referralId(),
                r.studentKey(),
                r.subject(),
                "x",
                r.prevHash(),
                null),
            new AuditRecord(
                r.region(),
                r.seq(),
                r.at(),
                r.actor(),
                r.actorOrganisationId(),
                r.actorRole(),
                r.action(),
                r.referralId(),
                r.studentKey(),
                r.subject(),
                r.origin(),
                AuditRecord.GENESIS,
                null));
    Set<String> hashes = new HashSet<>();
    variants.forEach(v -> hashes.add(v.computedHash()));
    assertThat(hashes).hasSize(variants.size());
  }

  @Test
  void aSealedRecordIsIntactUntilAFieldChanges() {
    AuditRecord sealed = FULL.sealed();
    assertThat(sealed.intact()).isTrue();
    assertThat(FULL.intact()).isFalse();
    assertThat(withStudentKey(sealed, null).intact()).isFalse();
  }

  private static AuditRecord withStudentKey(AuditRecord r, String key) {
    return new AuditRecord(
        r.region(),
        r.seq(),
        r.at(),
        r.actor(),
        r.actorOrganisationId(),
        r.actorRole(),
        r.action(),
        r.referralId(),
        key,
        r.subject(),
        r.origin(),
        r.prevHash(),
        r.hash());
  }

  private static AuditRecord withSubjectAndOrigin(AuditRecord r, String subject, String origin) {
    return new AuditRecord(
        r.region(),
        r.seq(),
        r.at(),
        r.actor(),
        r.actorOrganisationId(),
        r.actorRole(),
        r.action(),
        r.referralId(),
        r.studentKey(),
        subject,
        origin,
        r.prevHash(),
        r.hash());
  }
}
