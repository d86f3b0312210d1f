package nl.regioportal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One audit entry's fields exactly as stored, and the one definition of its hash (ADR 0021), so
 * that a check outside Java can recompute the chain from the table alone.
 *
 * <h2>The hash</h2>
 *
 * {@code hash = lower-case hex of SHA-256(UTF-8 bytes of canonical())}, 64 characters. The
 * canonical form is the line {@code audit_entry v1} followed by one line per field, in this order:
 *
 * <pre>
 * prev_hash, tenant_id, seq, at, actor, actor_organisation_id, actor_role, action, referral_id,
 * student_key, subject, origin
 * </pre>
 *
 * Every line (the first too) ends in a single {@code \n} (LF). A field's line is its column name,
 * {@code =}, then {@code -} when the column is {@code NULL}, else the value's length in UTF-8
 * <em>bytes</em> (decimal), {@code :} and the value itself. The length prefix makes every string
 * unambiguous (a subject may contain {@code =}, {@code :} or even a line break without being read
 * as another field), and tells {@code NULL} from the empty string. Values:
 *
 * <ul>
 *   <li>{@code prev_hash}: the {@code hash} of the region's entry {@code seq - 1}; for {@code seq}
 *       1 the 64 zeros of {@link #GENESIS};
 *   <li>{@code tenant_id}: the region's two digits, {@code 29};
 *   <li>{@code seq}, {@code actor_organisation_id}, {@code referral_id}: decimal, no sign, no
 *       leading zeros;
 *   <li>{@code at}: UTC, {@code yyyy-MM-ddTHH:mm:ss.ffffffZ}, always six fraction digits ({@code
 *       2026-12-03T09:15:02.000000Z}). The trail records whole seconds, so the digits are zeros
 *       today: MySQL Connector/J drops fractions of a second on MariaDB 10.x (the server reports
 *       itself as {@code 5.5.5-10.11...}, older than fractional seconds), and a time that comes
 *       back from the database other than it was hashed would break the chain. The column is {@code
 *       datetime(6)} and the form has room for microseconds should a later driver keep them;
 *       entries written until then stay valid;
 *   <li>{@code action}: the enum name ({@code VIEW});
 *   <li>all others: the stored text as is.
 * </ul>
 *
 * Example (seq 1 of region 29, no organisation, referral or student):
 *
 * <pre>
 * audit_entry v1
 * prev_hash=64:0000000000000000000000000000000000000000000000000000000000000000
 * tenant_id=2:29
 * seq=1:1
 * at=27:2026-12-03T09:15:02.000000Z
 * actor=6:system
 * actor_organisation_id=-
 * actor_role=6:system
 * action=4:VIEW
 * referral_id=-
 * student_key=-
 * subject=4:test
 * origin=6:system
 * </pre>
 *
 * In Python: {@code hashlib.sha256(canonical.encode("utf-8")).hexdigest()}, with {@code
 * f"{name}={len(v.encode())}:{v}\n"} per non-null field.
 */
public record AuditRecord(
    String region,
    long seq,
    LocalDateTime at,
    String actor,
    Long actorOrganisationId,
    String actorRole,
    String action,
    Long referralId,
    String studentKey,
    String subject,
    String origin,
    String prevHash,
    String hash) {

  /** The {@code prev_hash} of a region's first entry. */
  public static final String GENESIS = "0".repeat(64);

  public static final int ACTOR_MAX = 100;
  public static final int ROLE_MAX = 100;
  public static final int STUDENT_KEY_MAX = 80;
  public static final int SUBJECT_MAX = 300;
  public static final int ORIGIN_MAX = 100;

  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

  public AuditRecord {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(actorRole, "actorRole");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(prevHash, "prevHash");
  }

  /** The canonical serialisation the hash is taken over; see the class description. */
  public String canonical() {
    StringBuilder s = new StringBuilder(512).append("audit_entry v1\n");
    field(s, "prev_hash", prevHash);
    field(s, "tenant_id", region);
    field(s, "seq", Long.toString(seq));
    field(s, "at", AT.format(at));
    field(s, "actor", actor);
    field(
        s,
        "actor_organisation_id",
        actorOrganisationId == null ? null : actorOrganisationId.toString());
    field(s, "actor_role", actorRole);
    field(s, "action", action);
    field(s, "referral_id", referralId == null ? null : referralId.toString());
    field(s, "student_key", studentKey);
    field(s, "subject", subject);
    field(s, "origin", origin);
    return s.toString();
  }

  private static void field(StringBuilder s, String name, String value) {
    s.append(name).append('=');
    if (value == null) {
      s.append('-');
    } else {
      s.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
    }
    s.append('\n');
  }

  /** The hash these fields must have: SHA-256 of {@link #canonical()}, lower-case hex. */
  public String computedHash() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  /** The same fields with their hash computed: how a new entry gets its hash. */
  AuditRecord sealed() {
    return new AuditRecord(
        region,
        seq,
        at,
        actor,
        actorOrganisationId,
        actorRole,
        action,
        referralId,
        studentKey,
        subject,
        origin,
        prevHash,
        computedHash());
  }

  /** Whether the stored hash is the hash of the stored fields. */
  public boolean intact() {
    return computedHash().equals(hash);
  }
}
