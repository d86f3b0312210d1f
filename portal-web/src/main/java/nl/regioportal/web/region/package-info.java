/**
 * Regions and reference data: the region list, provisioning, the CBS table import (page and REST).
 */
package nl.regioportal.web.region;
