/**
 * The directory: services of the region's member organisations per life domain, issue and
 * professional role (seed 001), modelled on Open Referral HSDS 3.0, and their search.
 */
package nl.regioportal.directory;
