package nl.regioportal.region;

import nl.regioportal.tenant.MunicipalityCode;
import nl.regioportal.tenant.RegionCode;

/** One line of a CBS "Gebieden in Nederland" table: a municipality and its RMC region. */
public record CbsAreaRow(
    int line,
    MunicipalityCode municipality,
    String municipalityName,
    RegionCode region,
    String regionName) {}
