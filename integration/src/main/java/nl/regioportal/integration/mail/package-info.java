/**
 * The mail outbox's delivery (ADR 0018): the handler of the system jobs of kind {@code mail} and
 * the Camel route that sends a mail over SMTP (camel-mail), or logs it in development without an
 * SMTP server.
 */
package nl.regioportal.integration.mail;
