/**
 * The directory as Open Referral HSDS 3.0: the open-data export (every endpoint of the HSDS OpenAPI
 * definition, {@link nl.regioportal.directory.hsds.HsdsExport}) and the import of an HSDS package
 * ({@link nl.regioportal.directory.hsds.HsdsImport}). The mapping of the portal's fields to HSDS
 * fields is written down once, in {@link nl.regioportal.directory.hsds.Hsds}.
 */
package nl.regioportal.directory.hsds;
