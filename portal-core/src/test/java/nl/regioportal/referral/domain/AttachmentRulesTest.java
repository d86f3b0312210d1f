package nl.regioportal.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.regioportal.referral.domain.AttachmentRules.Limits;
import nl.regioportal.referral.domain.AttachmentRules.Refusal;
import nl.regioportal.referral.domain.AttachmentRules.Result;
import nl.regioportal.shared.Violation;
import org.junit.jupiter.api.Test;

/** The attachment rules with real file headers and Apache Tika's real detection. */
class AttachmentRulesTest {

  static final byte[] PDF = ascii("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1
  };
  static final byte[] JPEG = {
    (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0
  };
  static final byte[] EXE = ascii("MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004This program");
  static final byte[] HTML = ascii("<!DOCTYPE html><html><head><title>x</title></head></html>");

  private final Limits limits = new Limits(1000, 2, 1500);

  @Test
  void theAllowedTypesAreToldByTheirBytes() throws IOException {
    assertThat(ok("brief.pdf", "application/pdf", PDF)).isEqualTo("application/pdf");
    assertThat(ok("foto.png", "image/png", PNG)).isEqualTo("image/png");
    assertThat(ok("Foto.JPG", "image/jpg", JPEG)).isEqualTo("image/jpeg");
    assertThat(ok("plan.docx", null, docx()))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(ok("plan.odt", "application/octet-stream", odt()))
        .isEqualTo("application/vnd.oasis.opendocument.text");
    assertThat(ok("notitie.txt", "text/plain; charset=UTF-8", ascii("Afspraken: elke week.\n")))
        .isEqualTo("text/plain");
    assertThat(ok("zonder-extensie", null, PDF)).isEqualTo("application/pdf");
  }

  @Test
  void whatIsNotAnAllowedTypeIsRefusedWhateverItsNameOrDeclaredType() {
    refused("setup.pdf", "application/pdf", EXE, Refusal.UNSUPPORTED_TYPE);
    refused("pagina.txt", "text/plain", HTML, Refusal.UNSUPPORTED_TYPE);
    refused("pagina.html", "text/html", HTML, Refusal.UNSUPPORTED_TYPE);
    Result r = refused("brief.pdf", "image/png", PDF, Refusal.UNSUPPORTED_TYPE);
    assertThat(r.violations())
        .extracting(Violation::key)
        .containsExactly("referral.attachment.typeMismatch");
    Result named = refused("foto.png", null, PDF, Refusal.UNSUPPORTED_TYPE);
    assertThat(named.violations())
        .extracting(Violation::key)
        .containsExactly("referral.attachment.nameMismatch");
  }

  @Test
  void sizeCountAndTotalHaveTheirLimits() {
    byte[] big = new byte[1001];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    assertThat(refused("groot.pdf", null, big, Refusal.TOO_LARGE).violations())
        .extracting(Violation::key)
        .containsExactly("referral.attachment.tooLarge");
    assertThat(AttachmentRules.check("brief.pdf", null, PDF, limits, 1, 1490).refusal())
        .isEqualTo(Refusal.TOO_LARGE);
    assertThat(AttachmentRules.check("brief.pdf", null, PDF, limits, 1, 100).ok()).isTrue();
    Result many = AttachmentRules.check("brief.pdf", null, PDF, limits, 2, 100);
    assertThat(many.violations())
        .extracting(Violation::key)
        .containsExactly("referral.attachment.tooMany");
    assertThat(refused("leeg.pdf", null, new byte[0], Refusal.OTHER).violations())
        .extracting(Violation::key)
        .containsExactly("referral.attachment.empty");
  }

  @Test
  void aNameLosesFoldersAndControlCharactersAndKeepsItsExtensionWhenCut() {
    assertThat(AttachmentRules.cleanName("C:\\Users\\x\\brief.pdf")).isEqualTo("brief.pdf");
    assertThat(AttachmentRules.cleanName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(AttachmentRules.cleanName(" a\"b\r\nc.pdf ")).isEqualTo("abc.pdf");
    assertThat(AttachmentRules.cleanName("..")).isNull();
    assertThat(AttachmentRules.cleanName("   ")).isNull();
    String cut = AttachmentRules.cleanName("x".repeat(300) + ".pdf");
    assertThat(cut).hasSize(AttachmentRules.MAX_NAME).endsWith("x.pdf");
    Result noName = AttachmentRules.check("/", null, PDF, limits, 0, 0);
    assertThat(noName.violations())
        .extracting(Violation::key)
        .containsExactly("referral.attachment.name.required");
  }

  private String ok(String name, String declared, byte[] content) {
    Result r = AttachmentRules.check(name, declared, content, limits, 0, 0);
    assertThat(r.violations()).as(name).isEmpty();
    assertThat(r.refusal()).isNull();
    return r.mediaType();
  }

  private Result refused(String name, String declared, byte[] content, Refusal why) {
    Result r = AttachmentRules.check(name, declared, content, limits, 0, 0);
    assertThat(r.ok()).as(name).isFalse();
    assertThat(r.refusal()).as(name).isEqualTo(why);
    return r;
  }

  static byte[] docx() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ascii(
              "<?xml version=\"1.0\"?><Types"
                  + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                  + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                  + "</Types>"));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(ascii("<w:document/>"));
    }
    return out.toByteArray();
  }

  static byte[] odt() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] type = ascii("application/vnd.oasis.opendocument.text");
      ZipEntry e = new ZipEntry("mimetype");
      e.setMethod(ZipEntry.STORED);
      e.setSize(type.length);
      CRC32 crc = new CRC32();
      crc.update(type);
      e.setCrc(crc.getValue());
      zip.putNextEntry(e);
      zip.write(type);
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(ascii("<office:document-content/>"));
    }
    return out.toByteArray();
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
