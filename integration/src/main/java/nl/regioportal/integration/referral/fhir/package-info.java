/**
 * Referral delivery as FHIR R4 (ADR 0020): the transaction Bundle a webhook delivery carries
 * ({@link nl.regioportal.integration.referral.fhir.ReferralBundles}), a partner's answer read from
 * the Task it sends back ({@link nl.regioportal.integration.referral.fhir.TaskUpdates}), the
 * OperationOutcome an error is answered with, and the webhook's body signature. Pure mapping: no
 * CDI, no transport, no database; the channel and the endpoint that call it live elsewhere.
 */
package nl.regioportal.integration.referral.fhir;
