package nl.regioportal.web.funding;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.regioportal.shared.ImportProblem;
import nl.regioportal.shared.ImportRejectedException;
import nl.regioportal.web.faces.PageMessages;
import org.primefaces.model.file.UploadedFile;

/**
 * An indicator file as a page uploads it: the indicator it holds, its source (the file's name when
 * none is given), the reference date for a file without one, and the problems of a file the
 * library's reader rejected. The file itself stays in the request that brought it.
 */
public class IndicatorUpload implements Serializable {
  private static final long serialVersionUID = 1L;

  private String indicator;
  private String source;
  private LocalDate date;
  private transient UploadedFile file;
  private List<ImportProblem> problems = new ArrayList<>();

  /**
   * Hands the file, as UTF-8 text, to the library's reader. No file, a file that cannot be read or
   * one the reader rejects (its problems kept for the page) is a message and empty.
   *
   * @param fileField the client id of the file field, for its messages
   */
  public <T> Optional<T> read(
      PageMessages messages, String fileField, Function<Reader, T> libraryReader) {
    problems = new ArrayList<>();
    if (file == null || file.getSize() == 0) {
      messages.error(fileField, "funding.import.noFile");
      return Optional.empty();
    }
    try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      return Optional.of(libraryReader.apply(reader));
    } catch (ImportRejectedException e) {
      problems = new ArrayList<>(e.problems());
      messages.error(null, "funding.import.rejected", problems.size());
    } catch (IOException e) {
      messages.error(fileField, "funding.import.unreadable");
    }
    return Optional.empty();
  }

  public List<ImportProblem> getProblems() {
    return problems;
  }

  /** The indicator as typed, trimmed; {@code null} when none. */
  public String indicator() {
    return indicator == null ? null : indicator.trim();
  }

  /** The source as typed, trimmed, or the file's name when none is typed. */
  public String source() {
    if (source == null || source.isBlank()) {
      return file == null ? null : file.getFileName();
    }
    return source.trim();
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

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
