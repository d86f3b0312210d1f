/**
 * The audit trail of access to and changes of student data, in the spirit of NEN 7513 (ADR 0021):
 * {@link nl.regioportal.audit.AuditTrail} appends hash-chained entries per region in the caller's
 * transaction, {@link nl.regioportal.audit.AuditChain} checks a region's chain, {@link
 * nl.regioportal.audit.Disclosures} answers a student's access request.
 */
package nl.regioportal.audit;
