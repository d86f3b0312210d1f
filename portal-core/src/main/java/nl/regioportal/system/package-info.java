/**
 * The system-scope data path (ADR 0010): jobs that are not tenant-owned, claimed with {@code SELECT
 * ... FOR UPDATE SKIP LOCKED} and handled one by one inside {@code runAs(region)} as the system
 * caller. The one sanctioned way for work that spans regions.
 */
package nl.regioportal.system;
