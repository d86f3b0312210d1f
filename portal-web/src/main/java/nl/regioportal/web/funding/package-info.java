/**
 * Cost sharing on pages and in the API: arrangements, versions, reviews, the key editor, indicator
 * library and exports.
 */
package nl.regioportal.web.funding;
