package nl.regioportal.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a text attribute encrypted (ADR 0022): {@code @Convert(converter = EncryptedText.class)}
 * on each field of student data. The column holds {@code v1:{keyId}:{base64(iv + ciphertext +
 * tag)}} (AES-256-GCM, a new IV per write, see {@link KeyRing}); declare it {@code varchar} of at
 * least {@link KeyRing#storedLength}{@code (maximum UTF-8 bytes of the text, 32)} characters, e.g.
 * 200 for a name of up to 100 bytes, or {@code text}.
 *
 * <p>Consequences for whoever maps a field with it: the database cannot search, sort or compare the
 * field (two writes of one value differ), so look rows up by id or by a separate key such as {@link
 * StudentPseudonym}. A value that cannot be decrypted throws {@link UndecryptableValueException}
 * when the row is read. {@code null} stays {@code null} (that a field is empty is not hidden).
 *
 * <p>Not auto-applied: encryption is a decision per field. EclipseLink makes the instance; the keys
 * come from {@link Keys}.
 */
@Converter(autoApply = false)
public class EncryptedText implements AttributeConverter<String, String> {

  @Override
  public String convertToDatabaseColumn(String attribute) {
    return attribute == null ? null : Keys.ring().encrypt(attribute);
  }

  @Override
  public String convertToEntityAttribute(String dbData) {
    return dbData == null ? null : Keys.ring().decrypt(dbData);
  }
}
