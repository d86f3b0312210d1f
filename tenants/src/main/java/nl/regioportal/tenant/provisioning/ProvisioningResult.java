package nl.regioportal.tenant.provisioning;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What provisioning a region did.
 *
 * @param identityProvider whether the identity provider was provisioned too (false in the embedded
 *     default, which has none)
 * @param createdGroups the group paths created now; empty when everything already existed
 */
public record ProvisioningResult(
    String region,
    LocalDateTime provisionedAt,
    boolean identityProvider,
    List<String> createdGroups) {}
