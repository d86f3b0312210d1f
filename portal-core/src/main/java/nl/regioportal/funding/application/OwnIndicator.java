package nl.regioportal.funding.application;

import java.time.LocalDateTime;
import nl.regioportal.funding.domain.Basis;

/**
 * An indicator the region registered itself, as its coordinator manages it.
 *
 * @param inUse whether a library set or a key (any version) uses it; only an unused one may be
 *     removed
 */
public record OwnIndicator(Basis basis, LocalDateTime createdAt, String createdBy, boolean inUse) {}
