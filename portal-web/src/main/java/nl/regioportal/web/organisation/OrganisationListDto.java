package nl.regioportal.web.organisation;

import java.util.List;

/** A page of organisations. */
public record OrganisationListDto(
    List<OrganisationSummaryDto> items, long total, int offset, int limit) {}
