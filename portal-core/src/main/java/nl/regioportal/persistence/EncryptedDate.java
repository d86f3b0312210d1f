package nl.regioportal.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Stores a date (a birth date) encrypted, as its ISO form ({@code 2009-04-17}) through {@link
 * EncryptedText}'s format: the column is text ({@code varchar(100)}: {@value #STORED_LENGTH}
 * characters suffice under a key id of up to 32), never a {@code date}.
 */
@Converter(autoApply = false)
public class EncryptedDate implements AttributeConverter<LocalDate, String> {

  /** The stored length of a date under a key id of up to 32 characters. */
  public static final int STORED_LENGTH = 88;

  @Override
  public String convertToDatabaseColumn(LocalDate attribute) {
    return attribute == null ? null : Keys.ring().encrypt(attribute.toString());
  }

  @Override
  public LocalDate convertToEntityAttribute(String dbData) {
    if (dbData == null) {
      return null;
    }
    String text = Keys.ring().decrypt(dbData);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new UndecryptableValueException("An encrypted date holds no ISO date", e);
    }
  }
}
