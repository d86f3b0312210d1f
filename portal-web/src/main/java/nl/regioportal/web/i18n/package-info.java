/**
 * Texts: Dutch first, English available. Every text a person reads comes from the {@code messages}
 * bundle; this package resolves keys and the caller's language.
 */
package nl.regioportal.web.i18n;
