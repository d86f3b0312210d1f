package nl.regioportal.web.api;

import java.util.List;

/** A page of organisations. */
public record OrganisationListDto(
    List<OrganisationSummaryDto> items, long total, int offset, int limit) {}
