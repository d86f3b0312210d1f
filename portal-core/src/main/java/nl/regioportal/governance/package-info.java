/** Governance (issue 11): the region's bodies, their seats and who holds them for which term. */
package nl.regioportal.governance;
