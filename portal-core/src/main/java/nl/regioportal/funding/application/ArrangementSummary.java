package nl.regioportal.funding.application;

import nl.regioportal.funding.domain.VersionStatus;

/**
 * A line of the arrangement list: what is paid for, the year, and its newest version the caller may
 * see.
 */
public record ArrangementSummary(
    long id,
    String title,
    int budgetYear,
    int versions,
    Integer latestNumber,
    VersionStatus latestStatus,
    long latestTotalCents) {}
