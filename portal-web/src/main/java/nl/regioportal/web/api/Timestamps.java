package nl.regioportal.web.api;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Moments in the API: ISO-8601 with offset, always UTC, to the second ({@code
 * 2026-12-02T11:22:28Z}). The portal stores its moments as UTC {@link LocalDateTime}s (see {@code
 * Organisation} and {@code FundingService}); this is where they get their offset back.
 */
public final class Timestamps {

  private Timestamps() {}

  /** A stored UTC moment with its offset, or {@code null} for none. */
  public static OffsetDateTime utc(LocalDateTime storedUtc) {
    return storedUtc == null
        ? null
        : storedUtc.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC);
  }
}
