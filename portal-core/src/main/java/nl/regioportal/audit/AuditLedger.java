package nl.regioportal.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.regioportal.audit.ChainCheck.Kind;

/**
 * The audit trail's work on an EntityManager already bound to a region and inside a transaction:
 * append, verify, read a student's entries. Kept apart from the CDI services so that the tests run
 * exactly this code on a real database without a container.
 */
final class AuditLedger {

  /** Any control character: none in what an entry stores (its lines stay readable). */
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private static final String ROWS =
      "select e.seq, e.at, e.actor, e.actorOrganisationId, e.actorRole, e.action, e.referralId,"
          + " e.studentKey, e.subject, e.origin, e.prevHash, e.hash from AuditEntry e";

  private AuditLedger() {}

  /**
   * Appends an entry after the region's head, at {@code at} cut to whole seconds (see {@link
   * AuditRecord}: what every supported database and driver keeps exactly). See {@link #appendAll}.
   */
  static AuditRecord append(
      EntityManager em,
      String region,
      LocalDateTime at,
      Actor actor,
      String origin,
      AuditEvent event) {
    return appendAll(em, region, at, actor, origin, List.of(event)).get(0);
  }

  /**
   * Appends entries after the region's head, in the given order, under one lock of the head. The
   * caller's pending work is written first ({@code flush}), and the events are checked, before the
   * head row is locked ({@code SELECT ... FOR UPDATE}): from that lock to the commit a second
   * append of the region waits, so only the entries, the head's move and the commit happen while
   * others wait. A region without a head row (one added after migration V14) gets one; should two
   * first appends of such a region meet, one fails on the primary key and its transaction rolls
   * back, the chain never forks.
   *
   * @return the entries as stored (with their seqs and hashes), in the given order
   */
  static List<AuditRecord> appendAll(
      EntityManager em,
      String region,
      LocalDateTime at,
      Actor actor,
      String origin,
      List<AuditEvent> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    String actorName = text(actor.name(), "actor", AuditRecord.ACTOR_MAX);
    String role = text(actor.role(), "actor role", AuditRecord.ROLE_MAX);
    String from = text(origin, "origin", AuditRecord.ORIGIN_MAX);
    List<String[]> texts = new ArrayList<>();
    for (AuditEvent event : events) {
      texts.add(
          new String[] {
            text(event.subject(), "subject", AuditRecord.SUBJECT_MAX),
            event.studentKey() == null
                ? null
                : text(event.studentKey(), "student key", AuditRecord.STUDENT_KEY_MAX)
          });
    }
    em.flush();
    AuditHead head = em.find(AuditHead.class, region, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      head = new AuditHead(region);
      em.persist(head);
      em.flush();
    }
    LocalDateTime second = at.truncatedTo(ChronoUnit.SECONDS);
    List<AuditRecord> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      AuditEvent event = events.get(i);
      AuditRecord entry =
          new AuditRecord(
                  region,
                  head.seq() + 1,
                  second,
                  actorName,
                  actor.organisationId(),
                  role,
                  event.action().name(),
                  event.referralId(),
                  texts.get(i)[1],
                  texts.get(i)[0],
                  from,
                  head.hash(),
                  null)
              .sealed();
      em.persist(new AuditEntry(entry));
      head.advance(entry);
      out.add(entry);
    }
    em.flush();
    return out;
  }

  private static String text(String value, String what, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(
          "An audit entry's " + what + " has 1 to " + max + " characters");
    }
    if (CONTROL.matcher(value).find()) {
      throw new IllegalArgumentException(
          "An audit entry's " + what + " has no control characters (line breaks, tabs)");
    }
    return value;
  }

  /**
   * Recomputes the region's chain in seq order, {@code pageSize} entries per query (only the
   * entries up to the head as it was read first, so appends during the check do not count), and
   * returns at the first break.
   */
  static ChainCheck verify(EntityManager em, String region, int pageSize) {
    AuditHead head = em.find(AuditHead.class, region);
    long headSeq = head == null ? 0 : head.seq();
    String headHash = head == null ? AuditRecord.GENESIS : head.hash();
    long expected = 1;
    String prev = AuditRecord.GENESIS;
    long after = 0;
    while (true) {
      List<Object[]> page =
          em.createQuery(
                  ROWS + " where e.seq > :after and e.seq <= :upTo order by e.seq", Object[].class)
              .setParameter("after", after)
              .setParameter("upTo", headSeq)
              .setMaxResults(pageSize)
              .getResultList();
      if (page.isEmpty()) {
        break;
      }
      for (Object[] row : page) {
        AuditRecord r = record(region, row);
        long checked = expected - 1;
        if (r.seq() > expected) {
          return ChainCheck.brokenAt(
              region,
              checked,
              headSeq,
              expected,
              Kind.MISSING,
              "Entry " + expected + " is missing: the entry after " + checked + " is " + r.seq());
        }
        if (r.seq() < expected) {
          return ChainCheck.brokenAt(
              region,
              checked,
              headSeq,
              r.seq(),
              Kind.OUT_OF_ORDER,
              "Entry " + r.seq() + " appears again after entry " + checked);
        }
        if (!r.prevHash().equals(prev)) {
          return ChainCheck.brokenAt(
              region,
              checked,
              headSeq,
              r.seq(),
              Kind.LINK,
              "Entry "
                  + r.seq()
                  + "'s prev_hash is not the hash of entry "
                  + checked
                  + " (an entry was replaced, removed or moved)");
        }
        if (!r.intact()) {
          return ChainCheck.brokenAt(
              region,
              checked,
              headSeq,
              r.seq(),
              Kind.CHANGED,
              "Entry " + r.seq() + "'s fields do not match its hash (the entry was changed)");
        }
        prev = r.hash();
        expected++;
        after = r.seq();
      }
    }
    long last = expected - 1;
    if (last < headSeq) {
      return ChainCheck.brokenAt(
          region,
          last,
          headSeq,
          expected,
          Kind.END_MISSING,
          "Entries "
              + expected
              + " to "
              + headSeq
              + " are missing (the head names "
              + headSeq
              + ")");
    }
    if (!prev.equals(headHash)) {
      return ChainCheck.brokenAt(
          region,
          last,
          headSeq,
          last,
          Kind.HEAD,
          "The hash of entry " + last + " is not the one the head recorded");
    }
    return ChainCheck.whole(region, last, headSeq);
  }

  /** The region's entries that name {@code studentKey}, in seq (= time) order. */
  static List<Disclosure> disclosures(EntityManager em, String studentKey) {
    return em
        .createQuery(ROWS + " where e.studentKey = :key order by e.seq", Object[].class)
        .setParameter("key", studentKey)
        .getResultList()
        .stream()
        .map(
            row ->
                new Disclosure(
                    ((Number) row[0]).longValue(),
                    (LocalDateTime) row[1],
                    (String) row[2],
                    (Long) row[3],
                    (String) row[4],
                    (String) row[5],
                    (Long) row[6],
                    (String) row[8],
                    (String) row[9]))
        .toList();
  }

  private static AuditRecord record(String region, Object[] row) {
    return new AuditRecord(
        region,
        ((Number) row[0]).longValue(),
        (LocalDateTime) row[1],
        (String) row[2],
        (Long) row[3],
        (String) row[4],
        (String) row[5],
        (Long) row[6],
        (String) row[7],
        (String) row[8],
        (String) row[9],
        (String) row[10],
        (String) row[11]);
  }
}
