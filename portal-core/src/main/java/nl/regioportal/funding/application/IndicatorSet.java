package nl.regioportal.funding.application;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One set of the region's indicator library: an indicator on a reference date. */
public record IndicatorSet(
    String indicator,
    LocalDate referenceDate,
    String source,
    long municipalities,
    long suppressed,
    LocalDateTime importedAt,
    String importedBy) {}
