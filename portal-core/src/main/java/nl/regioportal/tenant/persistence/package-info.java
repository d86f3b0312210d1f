/**
 * How tenancy reaches the database: the {@code @Multitenant} mapped superclass that every
 * tenant-owned entity extends, and the binding of the active region to the EntityManager.
 */
package nl.regioportal.tenant.persistence;
