/** Governing bodies, seats and terms, and the pure rules their input must meet. */
package nl.regioportal.governance.domain;
