/**
 * Referral delivery (issue 10, ADR 0023): the webhook and e-mail channels behind {@link
 * nl.regioportal.referral.delivery.ReferralChannel}, the Camel routes they leave by, and the
 * trigger that starts delivering right after a submission commits.
 */
package nl.regioportal.integration.referral;
