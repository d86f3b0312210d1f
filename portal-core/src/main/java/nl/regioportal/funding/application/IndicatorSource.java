package nl.regioportal.funding.application;

import java.time.LocalDate;

/** Where an indicator's values come from, e.g. "CBS StatLine 03759ned" on 1 January 2026. */
public record IndicatorSource(String source, LocalDate referenceDate) {}
