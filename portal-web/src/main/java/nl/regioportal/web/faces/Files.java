package nl.regioportal.web.faces;

import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * What the pages show of stored files and how they hand one out (referral attachments, agenda
 * documents).
 */
public final class Files {

  private Files() {}

  /** A file to download through {@code p:fileDownload}. */
  public static StreamedContent download(String name, String mediaType, byte[] content) {
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType(mediaType)
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  /** A size in words: "12 kB", "1,2 MB". */
  public static String size(long bytes, Locale locale) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
    }
    return NumberFormat.getNumberInstance(locale)
            .format(Math.round(bytes / (1024.0 * 1024.0) * 10) / 10.0)
        + " MB";
  }
}
