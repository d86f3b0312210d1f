/**
 * Cost-sharing arrangements: what is paid for, and the versions of its funding key that the
 * participating municipalities review. The arithmetic lives in {@code
 * nl.regioportal.funding.engine}.
 */
package nl.regioportal.funding.domain;
