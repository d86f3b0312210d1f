package nl.regioportal.web.funding;

import java.util.Locale;
import nl.regioportal.funding.application.VersionDetails;

/** What the exports of a version are called when downloaded. */
public final class FundingExports {

  private FundingExports() {}

  /** E.g. {@code verdeelsleutel-buurtteam-mbo-rijnmond-demo-2027-v1.xlsx}. */
  public static String fileName(VersionDetails v, String extension) {
    String title =
        java.text.Normalizer.normalize(v.arrangementTitle(), java.text.Normalizer.Form.NFD)
            .replaceAll("[^A-Za-z0-9]+", "-")
            .replaceAll("(^-|-$)", "")
            .toLowerCase(Locale.ROOT);
    return "verdeelsleutel-"
        + title
        + "-"
        + v.budgetYear()
        + "-v"
        + v.summary().number()
        + "."
        + extension;
  }
}
