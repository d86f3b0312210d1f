package nl.regioportal.funding.application;

import java.util.List;

/** An arrangement with the versions the caller may see, newest first. */
public record ArrangementDetails(
    long id, String title, int budgetYear, String description, List<VersionSummary> versions) {}
