/** Member organisations of a region: schools, municipalities, care partners and others. */
package nl.regioportal.organisation;
