/** The organisation aggregate, its value objects and the rules its input must meet. */
package nl.regioportal.organisation.domain;
