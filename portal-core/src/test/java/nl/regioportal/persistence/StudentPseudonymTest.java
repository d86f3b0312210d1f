package nl.regioportal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.regioportal.tenant.RegionCode;
import org.junit.jupiter.api.Test;

class StudentPseudonymTest {

  private static final byte[] KEY = new byte[32];
  private static final RegionCode R29 = new RegionCode("29");
  private static final LocalDate BIRTH = LocalDate.of(2009, 4, 17);

  static {
    for (int i = 0; i < KEY.length; i++) {
      KEY[i] = (byte) i;
    }
  }

  @Test
  void theKeyIsTheDocumentedHmac() {
    // computed with Python's hmac over "29\nellasophie\nvanderbergdancona\n2009-04-17"
    assertThat(StudentPseudonym.of(KEY, R29, "Ëlla-Sophie", "Van der Berg-d'Ancona", BIRTH))
        .isEqualTo("s1-d9512a3c68b6f5b95d8c2c3eade8b6e318c0a732c8eb6c847d821e2429d8a575")
        .hasSize(StudentPseudonym.LENGTH);
  }

  @Test
  void spellingsOfOneNameGiveOneKey() {
    String key = StudentPseudonym.of(KEY, R29, "Ëlla-Sophie", "Van der Berg-d'Ancona", BIRTH);
    assertThat(StudentPseudonym.of(KEY, R29, " ella sophie ", "van der berg dancona", BIRTH))
        .isEqualTo(key);
    assertThat(StudentPseudonym.of(KEY, R29, "ELLA SOPHIE", "VanDerBerg-D'Ancona", BIRTH))
        .isEqualTo(key);
  }

  @Test
  void anotherStudentRegionBirthDateOrKeyGivesAnotherKey() {
    String key = StudentPseudonym.of(KEY, R29, "Ella", "Berg", BIRTH);
    assertThat(StudentPseudonym.of(KEY, R29, "Ella", "Bergh", BIRTH)).isNotEqualTo(key);
    assertThat(StudentPseudonym.of(KEY, R29, "Ella", "Berg", BIRTH.plusDays(1))).isNotEqualTo(key);
    assertThat(StudentPseudonym.of(KEY, new RegionCode("13"), "Ella", "Berg", BIRTH))
        .isNotEqualTo(key);
    byte[] other = KEY.clone();
    other[0] = 1;
    assertThat(StudentPseudonym.of(other, R29, "Ella", "Berg", BIRTH)).isNotEqualTo(key);
    // the fields are separated: moving letters from one name to the other is another student
    assertThat(StudentPseudonym.of(KEY, R29, "Ellab", "erg", BIRTH)).isNotEqualTo(key);
  }

  @Test
  void aNameWithoutLettersIsRefused() {
    assertThatThrownBy(() -> StudentPseudonym.of(KEY, R29, " - ", "Berg", BIRTH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("given names");
  }
}
