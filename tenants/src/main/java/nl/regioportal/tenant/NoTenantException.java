package nl.regioportal.tenant;

/**
 * Tenant-owned data was touched while no region was active: a programming error, never user input.
 */
public class NoTenantException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public NoTenantException() {
    super("No region (tenant) is active for this unit of work");
  }
}
