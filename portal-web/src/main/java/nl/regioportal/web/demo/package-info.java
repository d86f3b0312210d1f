/** The demo region of the development mode: Rijnmond with a handful of organisations and users. */
package nl.regioportal.web.demo;
