package nl.regioportal.web.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.regioportal.directory.hsds.HsdsExport;
import nl.regioportal.directory.hsds.HsdsImport;
import nl.regioportal.shared.ImportProblem;
import nl.regioportal.shared.ImportRejectedException;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.web.faces.PageMessages;
import nl.regioportal.web.i18n.Texts;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The coordinator's import and export of the directory as an HSDS 3.0 organization package: the
 * export as a file to download, the import all or nothing with each problem's record and field.
 */
@Named
@ViewScoped
public class DirectoryImportView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The largest package the page takes (the request limit allows 10 MiB). */
  static final long MAX_BYTES = 8L * 1024 * 1024;

  /** The most problems the page keeps (and lists) of a refused package. */
  static final int MAX_SHOWN = 500;

  @Inject transient HsdsImport importer;
  @Inject transient HsdsExport export;
  @Inject transient TenantContext tenant;
  @Inject PageMessages messages;

  private transient UploadedFile file;
  private HsdsImport.Report report;
  private List<ImportProblem> problems = List.of();

  public void upload() {
    report = null;
    problems = List.of();
    if (file == null || file.getSize() == 0) {
      messages.error("hsdsImport:file", "directory.import.fileRequired");
      return;
    }
    if (file.getSize() > MAX_BYTES) {
      messages.error("hsdsImport:file", "directory.import.tooLarge", MAX_BYTES / (1024 * 1024));
      return;
    }
    try {
      byte[] bytes = file.getInputStream().readAllBytes();
      boolean zip = bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K';
      report =
          zip
              ? importer.importTabular(bytes)
              : importer.importJson(new String(bytes, StandardCharsets.UTF_8));
      messages.info("directory.import.done", report.services(), report.organisationsCreated());
    } catch (ImportRejectedException e) {
      // the page lists the first ones; the message says how many there are in all
      problems = List.copyOf(e.problems().subList(0, Math.min(e.problems().size(), MAX_SHOWN)));
      messages.error(null, "import.rejected", e.problems().size());
    } catch (IOException e) {
      messages.error(null, "import.unreadable");
    }
  }

  /** The region's directory as a package, to download. */
  public StreamedContent getPackage() {
    byte[] json = export.organisationPackage().toString().getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("regio-" + tenant.require().value() + "-sociale-kaart-hsds.json")
        .contentType("application/json")
        .contentLength((long) json.length)
        .stream(() -> new ByteArrayInputStream(json))
        .build();
  }

  /** A problem in the reader's language. */
  public String text(ImportProblem problem) {
    return Texts.text(messages.locale(), problem);
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public HsdsImport.Report getReport() {
    return report;
  }

  public List<ImportProblem> getProblems() {
    return problems;
  }
}
