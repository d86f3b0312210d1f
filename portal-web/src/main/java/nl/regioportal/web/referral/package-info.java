/** Referrals on the web: the REST resources and (later) the pages of issue 10. */
package nl.regioportal.web.referral;
