package nl.regioportal.funding.application;

import java.util.List;
import nl.regioportal.funding.domain.ReviewRow;
import nl.regioportal.funding.engine.Share;

/**
 * One municipality's share as a reader sees it: the engine's share and derivation, the values as
 * shown to this reader (small counts suppressed), and the municipality's review.
 *
 * @param review the municipality's answer, or {@code null} while it has not answered
 */
public record ShareView(
    String code, String name, Share share, List<LineView> lines, ReviewRow review) {}
