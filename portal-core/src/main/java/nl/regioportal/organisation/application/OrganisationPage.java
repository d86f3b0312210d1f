package nl.regioportal.organisation.application;

import java.util.List;

/** One page of organisations and how many match in all. */
public record OrganisationPage(
    List<OrganisationSummary> items, long total, int offset, int limit) {}
