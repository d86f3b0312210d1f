package nl.regioportal.referral.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Locale;
import nl.regioportal.referral.InformationCategory;
import nl.regioportal.referral.domain.ConsentGiver;
import nl.regioportal.referral.domain.ConsentObtained;
import org.junit.jupiter.api.Test;

class ConsentReceiptPdfTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  /** 09:15 UTC in winter is 10:15 in the Netherlands. */
  private static ConsentReceipt receipt(
      LocalDateTime withdrawnAt, ConsentGiver by, String guardian) {
    return new ConsentReceipt(
        4711,
        "Rijnmond",
        "Testa",
        "Voorbeeld",
        LocalDate.of(2009, 3, 14),
        "Zadkine",
        "jdevries",
        "mbakker",
        "Wijkteam Feijenoord",
        "Schuldhulp voor jongeren",
        EnumSet.of(InformationCategory.IDENTITY, InformationCategory.REASON),
        "Hulp bij schulden",
        LocalDate.of(2027, 6, 30),
        ConsentObtained.IN_PERSON,
        by,
        guardian,
        LocalDateTime.of(2026, 12, 3, 9, 15, 2),
        withdrawnAt,
        LocalDateTime.of(2026, 12, 4, 13, 0));
  }

  private static String text(ConsentReceipt r, Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConsentReceiptPdf.write(r, locale, out);
    PdfReader reader = new PdfReader(out.toByteArray());
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder all = new StringBuilder();
      for (int p = 1; p <= reader.getNumberOfPages(); p++) {
        all.append(extractor.getTextFromPage(p)).append('\n');
      }
      return all.toString().replaceAll("\\s+", " ");
    } finally {
      reader.close();
    }
  }

  @Test
  void dutchReceiptSaysToWhomWhatWhyUntilWhenHowAndHowToWithdraw() throws IOException {
    String text = text(receipt(null, ConsentGiver.STUDENT, null), DUTCH);

    assertThat(text)
        .contains("Bewijs van toestemming")
        .contains("Verwijzing 4711 – regio Rijnmond")
        .contains("Beste Testa")
        .contains("Naam: Testa Voorbeeld")
        .contains("Geboortedatum: 14 maart 2009")
        .contains("Alleen met Wijkteam Feijenoord.")
        .contains("Voor het hulpaanbod: Schuldhulp voor jongeren")
        .contains("Wie je bent: je voornaam, je achternaam en je geboortedatum.")
        .contains("Waarom je hulp zoekt: de onderwerpen waar je hulp bij wilt")
        .contains("Andere informatie over jou wordt niet gedeeld.")
        .contains("Hulp bij schulden")
        .contains("Je toestemming geldt tot en met 30 juni 2027.")
        .contains(
            "Toestemming gegeven door jou, in een persoonlijk gesprek, op 3 december 2026 om"
                + " 10:15.")
        .contains("Vastgelegd door jdevries van Zadkine.")
        .contains("Je kunt je toestemming altijd intrekken")
        .contains("studieloopbaanbegeleider (mbakker) van Zadkine")
        .contains("Wijkteam Feijenoord krijgt bericht")
        .contains("gemaakt op 4 december 2026 om 14:00");
    // only the categories consented to are listed
    assertThat(text).doesNotContain("Hoe ze je kunnen bereiken").doesNotContain("Waar je woont");
    assertThat(text).doesNotContain("Ingetrokken op");
  }

  @Test
  void englishReceiptSaysTheSameInEnglish() throws IOException {
    String text = text(receipt(null, ConsentGiver.STUDENT, null), Locale.ENGLISH);

    assertThat(text)
        .contains("Consent receipt")
        .contains("Referral 4711 – region Rijnmond")
        .contains("Dear Testa")
        .contains("Date of birth: 14 March 2009")
        .contains("Only Wijkteam Feijenoord.")
        .contains("Who you are: your first name, your last name and your date of birth.")
        .contains("Why you are looking for help")
        .contains("Nothing else about you is shared.")
        .contains("valid up to and including 30 June 2027")
        .contains("Consent given by you, in a conversation in person, on 3 December 2026 at 10:15.")
        .contains("Recorded by jdevries of Zadkine.")
        .contains("You can withdraw your consent at any time")
        .contains("Tell your study coach (mbakker) at Zadkine");
    assertThat(text).doesNotContain("toestemming").doesNotContain("Withdrawn on");
  }

  @Test
  void aWithdrawnConsentSaysWhenInBothLanguages() throws IOException {
    LocalDateTime withdrawn = LocalDateTime.of(2027, 7, 1, 8, 30); // summer: 10:30 Dutch time
    assertThat(text(receipt(withdrawn, ConsentGiver.STUDENT, null), DUTCH))
        .contains("Ingetrokken op 1 juli 2027 om 10:30")
        .contains("Je hebt je toestemming ingetrokken op 1 juli 2027 om 10:30.");
    assertThat(text(receipt(withdrawn, ConsentGiver.STUDENT, null), Locale.ENGLISH))
        .contains("Withdrawn on 1 July 2027 at 10:30")
        .contains("You withdrew your consent on 1 July 2027 at 10:30.");
  }

  @Test
  void aGuardianWhoConsentedTooIsNamed() throws IOException {
    assertThat(text(receipt(null, ConsentGiver.STUDENT_AND_GUARDIAN, "Ouder Testa"), DUTCH))
        .contains("Toestemming gegeven door jou en je ouder of voogd Ouder Testa,");
    assertThat(
            text(receipt(null, ConsentGiver.STUDENT_AND_GUARDIAN, "Ouder Testa"), Locale.ENGLISH))
        .contains("Consent given by you and your parent or guardian Ouder Testa,");
  }

  @Test
  void anyOtherLanguageIsDutchAndEveryCategoryHasItsTextInBoth() throws IOException {
    assertThat(ConsentReceiptPdf.language(Locale.GERMAN)).isEqualTo(DUTCH);
    assertThat(ConsentReceiptPdf.language(null)).isEqualTo(DUTCH);
    assertThat(ConsentReceiptPdf.NL.keySet()).isEqualTo(ConsentReceiptPdf.EN.keySet());
    for (InformationCategory c : InformationCategory.values()) {
      assertThat(ConsentReceiptPdf.NL).containsKey("category." + c.name() + ".text");
    }
    ConsentReceipt all =
        new ConsentReceipt(
            1,
            "Rijnmond",
            "Testa",
            null,
            null,
            "Zadkine",
            "a",
            "b",
            "GGZ Jong",
            null,
            EnumSet.allOf(InformationCategory.class),
            "Hulp",
            LocalDate.of(2027, 1, 1),
            ConsentObtained.PHONE,
            ConsentGiver.STUDENT,
            null,
            LocalDateTime.of(2026, 12, 3, 9, 0),
            null,
            LocalDateTime.of(2026, 12, 3, 9, 0));
    assertThat(text(all, DUTCH))
        .contains("Hoe ze je kunnen bereiken")
        .contains("Waar je woont")
        .contains("Je opleiding")
        .contains("Bijlagen")
        .contains("telefonisch")
        .doesNotContain("Voor het hulpaanbod");
  }
}
