/**
 * Indicator files for funding keys (verdeelsleutels): per municipality a number such as its
 * population aged 12-27 (CBS), its mbo students or early school leavers (DUO) or its caseload,
 * uploaded by a coordinator as CSV.
 *
 * <p>{@link nl.regioportal.funding.indicators.IndicatorTableParser} reads and checks such a file
 * strictly: a file with any problem is rejected as a whole, with the line and column of every
 * problem. It only parses; applying the numbers to a key is done elsewhere.
 */
package nl.regioportal.funding.indicators;
