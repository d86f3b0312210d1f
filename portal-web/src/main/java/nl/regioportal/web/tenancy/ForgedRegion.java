package nl.regioportal.web.tenancy;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The names under which a request might try to name a region other than the one in its URL: a JSON
 * property or a form field called {@code region}, {@code regionCode}, {@code tenant}, {@code
 * tenantId} or {@code tenant_id} (a Faces field's last id segment counts). The portal takes the
 * region only from the URL; a request that names another one is refused and logged, never silently
 * applied or ignored.
 */
public final class ForgedRegion {

  static final Set<String> NAMES =
      Set.of("region", "regioncode", "tenant", "tenantid", "tenant_id");

  private ForgedRegion() {}

  /** Whether a field (e.g. {@code org:region} or {@code tenantId}) names a region. */
  public static boolean isRegionField(String name) {
    if (name == null) {
      return false;
    }
    String last = name.substring(name.lastIndexOf(':') + 1);
    return NAMES.contains(last.toLowerCase(Locale.ROOT));
  }

  /**
   * The value that contradicts the URL's region, if any: a value equal to the URL's region (with or
   * without a leading zero, or as {@code MC29}) is harmless.
   */
  public static Optional<String> contradiction(String urlRegion, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim().toUpperCase(Locale.ROOT);
    if (v.startsWith("MC") || v.startsWith("RM")) {
      v = v.substring(2);
    }
    if (v.length() == 1) {
      v = "0" + v;
    }
    return v.equals(urlRegion) ? Optional.empty() : Optional.of(value);
  }
}
