package nl.regioportal.region;

/** What an accepted CBS table changed. */
public record AreaImportResult(
    int rows,
    int municipalitiesAdded,
    int municipalitiesRenamed,
    int membershipsOpened,
    int membershipsClosed,
    int unchanged) {}
