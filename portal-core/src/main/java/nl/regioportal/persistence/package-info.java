/**
 * The database: the data source, the Flyway migration of its schema at start, and student data
 * encrypted at rest (ADR 0022: {@link nl.regioportal.persistence.EncryptedText}, {@link
 * nl.regioportal.persistence.KeyRing}, {@link nl.regioportal.persistence.Keys}, {@link
 * nl.regioportal.persistence.StudentPseudonym}).
 */
package nl.regioportal.persistence;
