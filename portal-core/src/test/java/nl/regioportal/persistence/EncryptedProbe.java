package nl.regioportal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A test entity with encrypted fields, as a referral will map a student's name and birth date. */
@Entity
@Table(name = "encrypted_probe")
public class EncryptedProbe {

  @Id private Long id;

  @Convert(converter = EncryptedText.class)
  @Column(name = "family_name", length = 208)
  private String familyName;

  @Convert(converter = EncryptedDate.class)
  @Column(name = "birth_date", length = 100)
  private LocalDate birthDate;

  protected EncryptedProbe() {}

  EncryptedProbe(long id, String familyName, LocalDate birthDate) {
    this.id = id;
    this.familyName = familyName;
    this.birthDate = birthDate;
  }

  String familyName() {
    return familyName;
  }

  LocalDate birthDate() {
    return birthDate;
  }
}
