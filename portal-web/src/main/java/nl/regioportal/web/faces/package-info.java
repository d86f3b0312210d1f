/** Faces plumbing and the backing beans of the pages (one small bean per page, named *View). */
package nl.regioportal.web.faces;
