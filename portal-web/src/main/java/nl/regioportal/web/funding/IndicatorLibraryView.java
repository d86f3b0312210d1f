package nl.regioportal.web.funding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.regioportal.funding.application.IndicatorLibrary;
import nl.regioportal.funding.application.IndicatorSet;
import nl.regioportal.shared.AccessDeniedException;
import nl.regioportal.shared.ImportProblem;
import nl.regioportal.shared.ImportRejectedException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.web.faces.PageMessages;
import org.primefaces.model.file.UploadedFile;

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

  private String indicator;
  private String source;
  private LocalDate referenceDate;
  private transient UploadedFile file;
  private List<ImportProblem> problems = new ArrayList<>();
  private transient List<IndicatorSet> sets;

  public void upload() {
    problems = new ArrayList<>();
    if (file == null || file.getSize() == 0) {
      messages.error("library:file", "funding.import.noFile");
      return;
    }
    try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      List<IndicatorSet> replaced =
          library.importFile(
              reader,
              indicator == null ? null : indicator.trim(),
              source == null || source.isBlank() ? file.getFileName() : source.trim(),
              referenceDate);
      long values = replaced.stream().mapToLong(IndicatorSet::municipalities).sum();
      messages.info("indicators.imported", values, replaced.size());
      sets = null;
    } catch (ImportRejectedException e) {
      problems = new ArrayList<>(e.problems());
      messages.error(null, "funding.import.rejected", problems.size());
    } catch (InvalidInputException e) {
      e.violations().forEach(v -> messages.violation("library", v));
    } catch (AccessDeniedException e) {
      messages.error(null, "error.forbidden");
    } catch (IOException e) {
      messages.error("library:file", "funding.import.unreadable");
    }
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

  public List<ImportProblem> getProblems() {
    return problems;
  }

  public String getIndicator() {
    return indicator;
  }

  public void setIndicator(String indicator) {
    this.indicator = indicator;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public LocalDate getReferenceDate() {
    return referenceDate;
  }

  public void setReferenceDate(LocalDate referenceDate) {
    this.referenceDate = referenceDate;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
