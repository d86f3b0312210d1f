package nl.regioportal.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a binary attribute (a file) encrypted (ADR 0022), as {@link EncryptedText} does for text:
 * the column ({@code longblob}) holds {@code v1:{keyId}:} in ASCII, then the IV, the ciphertext and
 * the tag ({@link KeyRing#encryptBytes}). {@code null} stays {@code null}. Not auto-applied.
 */
@Converter(autoApply = false)
public class EncryptedBytes implements AttributeConverter<byte[], byte[]> {

  @Override
  public byte[] convertToDatabaseColumn(byte[] attribute) {
    return attribute == null ? null : Keys.ring().encryptBytes(attribute);
  }

  @Override
  public byte[] convertToEntityAttribute(byte[] dbData) {
    return dbData == null ? null : Keys.ring().decryptBytes(dbData);
  }
}
