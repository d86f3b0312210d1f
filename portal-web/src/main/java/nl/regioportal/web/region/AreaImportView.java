package nl.regioportal.web.region;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.regioportal.region.AreaImportResult;
import nl.regioportal.region.AreaImportService;
import nl.regioportal.shared.ImportProblem;
import nl.regioportal.shared.ImportRejectedException;
import nl.regioportal.web.faces.PageMessages;
import org.primefaces.model.file.UploadedFile;

/** Upload of a CBS "Gebieden in Nederland" table (platform admins). */
@Named
@ViewScoped
public class AreaImportView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AreaImportService importer;
  @Inject PageMessages messages;

  private transient UploadedFile file;
  private LocalDate validFrom = LocalDate.of(LocalDate.now().getYear(), 1, 1);
  private boolean closeMissing;
  private AreaImportResult result;
  private List<ImportProblem> problems = List.of();

  public void upload() {
    result = null;
    problems = List.of();
    if (file == null || file.getSize() == 0) {
      messages.error("import:file", "import.fileRequired");
      return;
    }
    if (validFrom == null) {
      messages.error("import:validFrom", "import.validFromRequired");
      return;
    }
    try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      result =
          importer.importTable(reader, validFrom, closeMissing, "upload: " + file.getFileName());
      messages.info("import.applied", result.rows());
    } catch (ImportRejectedException e) {
      problems = e.problems();
      messages.error(null, "import.rejected", problems.size());
    } catch (IOException e) {
      messages.error(null, "import.unreadable");
    }
  }

  /** A problem of the rejected file, in the reader's language. */
  public String text(ImportProblem problem) {
    return nl.regioportal.web.i18n.Texts.text(messages.locale(), problem);
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public boolean isCloseMissing() {
    return closeMissing;
  }

  public void setCloseMissing(boolean closeMissing) {
    this.closeMissing = closeMissing;
  }

  public AreaImportResult getResult() {
    return result;
  }

  public List<ImportProblem> getProblems() {
    return problems;
  }
}
