/**
 * The funding-key (verdeelsleutel) engine: how municipalities share the cost of a regional service.
 * A key is a list of parts, each a percentage of the total split equally or in proportion to an
 * indicator; every share is computed exactly as a fraction of cents, kept within optional
 * per-municipality bounds, and rounded to cents by the largest-remainder method so the amounts add
 * up to the total. Each share carries its line-by-line derivation, so a municipality can check it
 * to the cent. Plain Java, no container: the entry point is {@link
 * nl.regioportal.funding.engine.FundingKeyEngine}.
 */
package nl.regioportal.funding.engine;
