/**
 * Figures of the region's referrals (issue 10, point 9), as pure Java: the reporting period, the
 * facts a referral contributes (no student data: residence, life domains, dates, the answers it
 * got), the aggregation per life domain and per municipality of residence with small counts
 * suppressed, and the caseload by residence that feeds the funding keys.
 */
package nl.regioportal.referral.figures;
