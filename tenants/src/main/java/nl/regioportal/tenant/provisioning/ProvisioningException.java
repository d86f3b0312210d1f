package nl.regioportal.tenant.provisioning;

/** The identity provider could not complete provisioning; the step can be repeated. */
public class ProvisioningException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ProvisioningException(String message) {
    super(message);
  }
}
