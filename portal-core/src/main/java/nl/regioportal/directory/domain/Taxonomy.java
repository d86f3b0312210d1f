package nl.regioportal.directory.domain;

/**
 * The directory's three vocabularies (HSDS taxonomies): the life domains of seed 001, the issues
 * (vraagstukken) beneath each domain, and the professional roles involved.
 */
public enum Taxonomy {
  LIFE_DOMAIN,
  ISSUE,
  ROLE
}
