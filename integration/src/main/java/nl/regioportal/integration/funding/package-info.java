/** Camel routes of cost sharing: the indicator drop folder. */
package nl.regioportal.integration.funding;
