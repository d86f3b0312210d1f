package nl.regioportal.web.funding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.regioportal.funding.application.IndicatorLibrary;
import nl.regioportal.funding.application.IndicatorSet;
import nl.regioportal.shared.ImportProblem;
import nl.regioportal.web.faces.PageMessages;

/**
 * The region's indicator library ({@code /r/{region}/indicators}): the sets of CBS/DUO values per
 * municipality that funding keys take their values from, and the upload of a new file. A file with
 * any problem is rejected whole, each problem with its line and column.
 */
@Named
@ViewScoped
public class IndicatorLibraryView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject IndicatorLibrary library;
  @Inject PageMessages messages;

  private final IndicatorUpload upload = new IndicatorUpload();
  private transient List<IndicatorSet> sets;

  public void importFile() {
    upload
        .read(
            messages,
            "library:file",
            r -> library.importFile(r, upload.indicator(), upload.source(), upload.getDate()))
        .ifPresent(
            replaced -> {
              long values = replaced.stream().mapToLong(IndicatorSet::municipalities).sum();
              messages.info("indicators.imported", values, replaced.size());
              sets = null;
            });
  }

  /** A problem of the rejected file, in the reader's language. */
  public String problemText(ImportProblem problem) {
    return nl.regioportal.web.i18n.Texts.text(messages.locale(), problem);
  }

  public List<IndicatorSet> getSets() {
    if (sets == null) {
      sets = library.sets();
    }
    return sets;
  }

  public IndicatorUpload getUpload() {
    return upload;
  }
}
