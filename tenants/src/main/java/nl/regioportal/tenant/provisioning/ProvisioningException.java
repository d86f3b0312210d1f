package nl.regioportal.tenant.provisioning;

/** The identity provider could not complete provisioning; the step can be repeated. */
public class ProvisioningException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean notConfigured;

  public ProvisioningException(String message) {
    this(message, false);
  }

  private ProvisioningException(String message, boolean notConfigured) {
    super(message);
    this.notConfigured = notConfigured;
  }

  /** No identity provider is configured at all (as in the embedded development default). */
  public static ProvisioningException notConfigured(String message) {
    return new ProvisioningException(message, true);
  }

  /** True when no identity provider is configured; false when one failed or was unreachable. */
  public boolean isNotConfigured() {
    return notConfigured;
  }
}
