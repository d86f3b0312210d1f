/**
 * Faces plumbing every page shares: the region view handler, messages, record pages, navigation and
 * the error page.
 */
package nl.regioportal.web.faces;
