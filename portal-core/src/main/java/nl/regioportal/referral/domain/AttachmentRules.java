package nl.regioportal.referral.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.regioportal.shared.Violation;
import org.apache.tika.Tika;

/**
 * What a referral's attachment may be (issue 10, point 1): one of a few document and image types,
 * told by its first bytes (Apache Tika's magic), not by its name or the type its sender declares; a
 * declared type or a name's extension that says otherwise is refused, so a receiver never opens an
 * executable named {@code .pdf}. Limits on the size of one file, the number of files and their
 * total size come from configuration ({@link Limits}).
 */
public final class AttachmentRules {

  /** The types a referral may carry, with the name shown for each. */
  public static final Map<String, String> ALLOWED =
      Map.of(
          "application/pdf", "PDF",
          "image/png", "PNG",
          "image/jpeg", "JPEG",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (.docx)",
          "application/vnd.oasis.opendocument.text", "OpenDocument (.odt)",
          "text/plain", "tekst (.txt)");

  /** The allowed types' names, for messages: "PDF, PNG, ...". */
  public static final String ALLOWED_NAMES =
      "PDF, PNG, JPEG, Word (.docx), OpenDocument (.odt), tekst/text (.txt)";

  /** The file name extensions a file picker may offer. */
  public static final String EXTENSIONS = ".pdf,.png,.jpg,.jpeg,.docx,.odt,.txt";

  /** The longest file name kept (longer ones are cut, keeping the extension). */
  public static final int MAX_NAME = 200;

  private static final Tika TIKA = new Tika();
  private static final String UNKNOWN = "application/octet-stream";

  private AttachmentRules() {}

  /** How large one file, how many files and how large all of a referral's files may be. */
  public record Limits(long maxBytes, int maxCount, long maxTotalBytes) {
    public Limits {
      if (maxBytes < 1 || maxCount < 1 || maxTotalBytes < maxBytes) {
        throw new IllegalArgumentException(
            "Attachment limits must be positive, the total at least one file's: " + this);
      }
    }
  }

  /** Why a file was refused: too large, not an allowed type, or another rule. */
  public enum Refusal {
    TOO_LARGE,
    UNSUPPORTED_TYPE,
    OTHER
  }

  /**
   * The outcome of {@link #check}: the accepted file's clean name and real type, or what is wrong.
   */
  public record Result(
      String fileName, String mediaType, List<Violation> violations, Refusal refusal) {
    public boolean ok() {
      return violations.isEmpty();
    }
  }

  /**
   * Checks a file against the rules and the referral's files so far.
   *
   * @param content the file, or its first {@code maxBytes + 1} bytes when it is longer
   * @param declaredType the type its sender named ({@code Content-Type}); {@code null}, empty or
   *     {@code application/octet-stream} claim nothing
   */
  public static Result check(
      String rawName,
      String declaredType,
      byte[] content,
      Limits limits,
      int filesSoFar,
      long bytesSoFar) {
    List<Violation> v = new ArrayList<>();
    String name = cleanName(rawName);
    if (name == null) {
      v.add(Violation.of("file", "referral.attachment.name.required"));
    }
    if (filesSoFar >= limits.maxCount()) {
      v.add(Violation.of("file", "referral.attachment.tooMany", limits.maxCount()));
      return new Result(name, null, v, Refusal.OTHER);
    }
    if (content == null || content.length == 0) {
      v.add(Violation.of("file", "referral.attachment.empty"));
      return new Result(name, null, v, Refusal.OTHER);
    }
    if (content.length > limits.maxBytes()) {
      v.add(Violation.of("file", "referral.attachment.tooLarge", megabytes(limits.maxBytes())));
      return new Result(name, null, v, Refusal.TOO_LARGE);
    }
    if (bytesSoFar + content.length > limits.maxTotalBytes()) {
      v.add(
          Violation.of(
              "file", "referral.attachment.totalTooLarge", megabytes(limits.maxTotalBytes())));
      return new Result(name, null, v, Refusal.TOO_LARGE);
    }
    String found = TIKA.detect(content, name);
    if (!ALLOWED.containsKey(found)) {
      v.add(Violation.of("file", "referral.attachment.type", found, ALLOWED_NAMES));
      return new Result(name, found, v, Refusal.UNSUPPORTED_TYPE);
    }
    Optional<String> declared = declared(declaredType);
    if (declared.isPresent() && !declared.get().equals(found)) {
      v.add(Violation.of("file", "referral.attachment.typeMismatch", declared.get(), found));
      return new Result(name, found, v, Refusal.UNSUPPORTED_TYPE);
    }
    if (name != null) {
      String byName = TIKA.detect(name);
      if (!UNKNOWN.equals(byName) && !byName.equals(found)) {
        v.add(Violation.of("file", "referral.attachment.nameMismatch", name, found));
        return new Result(name, found, v, Refusal.UNSUPPORTED_TYPE);
      }
    }
    return new Result(name, found, v, v.isEmpty() ? null : Refusal.OTHER);
  }

  /**
   * A file name as kept: without folders or control characters, trimmed, at most {@link #MAX_NAME}
   * characters (the extension kept); {@code null} when nothing is left.
   */
  public static String cleanName(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw;
    int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    if (slash >= 0) {
      s = s.substring(slash + 1);
    }
    s = s.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (s.isEmpty() || s.equals(".") || s.equals("..")) {
      return null;
    }
    if (s.length() > MAX_NAME) {
      int dot = s.lastIndexOf('.');
      String ext = dot > 0 && s.length() - dot <= 10 ? s.substring(dot) : "";
      s = s.substring(0, MAX_NAME - ext.length()) + ext;
    }
    return s;
  }

  private static Optional<String> declared(String type) {
    if (type == null) {
      return Optional.empty();
    }
    int semicolon = type.indexOf(';');
    String t =
        (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty() || t.equals(UNKNOWN)) {
      return Optional.empty();
    }
    return Optional.of(t.equals("image/jpg") || t.equals("image/pjpeg") ? "image/jpeg" : t);
  }

  private static String megabytes(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb);
  }
}
