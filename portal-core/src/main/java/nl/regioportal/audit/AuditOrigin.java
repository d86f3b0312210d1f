package nl.regioportal.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the work of this request comes from, for the audit trail's {@code origin}: the web layer
 * sets the remote address of the HTTP request; a system job may set its kind and id ({@code "job
 * mail 42"}). Unset (Camel routes, start-up work, a job that sets nothing) it is {@value #SYSTEM}.
 *
 * <p>Request scoped, like {@code TenantContext}: {@code TenantRunner.runAs} outside a request gets
 * a fresh one (so {@value #SYSTEM}); inside a request it keeps the request's address.
 */
@RequestScoped
public class AuditOrigin {

  /** The origin of work without a request. */
  public static final String SYSTEM = "system";

  private String origin;

  /**
   * Sets the origin; blank or {@code null} means {@value #SYSTEM}. Longer than {@value
   * AuditRecord#ORIGIN_MAX} characters is cut; control characters become spaces.
   */
  public void set(String value) {
    this.origin = clean(value);
  }

  /** The origin to record: what was set, else {@value #SYSTEM}. */
  public String current() {
    return origin == null ? SYSTEM : origin;
  }

  static String clean(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String s = value.strip().replaceAll("\\p{Cntrl}", " ");
    return s.length() <= AuditRecord.ORIGIN_MAX ? s : s.substring(0, AuditRecord.ORIGIN_MAX);
  }
}
