package nl.regioportal.funding.application;

import nl.regioportal.funding.engine.DerivationLine;

/**
 * One derivation line as a reader sees it.
 *
 * @param shownValue the indicator value, or {@code "<5"} where a small count is suppressed for this
 *     reader
 * @param shownShare the share of the basis as a decimal, or {@code null} where it would reveal a
 *     suppressed count
 */
public record LineView(DerivationLine line, String shownValue, String shownShare) {}
