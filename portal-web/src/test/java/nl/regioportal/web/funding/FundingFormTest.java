package nl.regioportal.web.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioportal.funding.application.IndicatorSource;
import nl.regioportal.funding.application.KeyDraft;
import nl.regioportal.funding.engine.IndicatorValue;
import nl.regioportal.funding.engine.KeyPart;
import nl.regioportal.funding.engine.Participant;
import nl.regioportal.funding.indicators.IndicatorRow;
import nl.regioportal.funding.indicators.IndicatorTable;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import org.junit.jupiter.api.Test;

class FundingFormTest {

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  /** Rotterdam and Schiedam are of the region; Utrecht is not. */
  private final FundingForm.Municipalities region =
      new FundingForm.Municipalities() {
        private final Map<String, String> names =
            Map.of("GM0599", "Rotterdam", "GM0606", "Schiedam", "GM0344", "Utrecht");

        @Override
        public String nameOf(String code) {
          return names.getOrDefault(code, code);
        }

        @Override
        public boolean ofRegion(String code) {
          return Set.of("GM0599", "GM0606").contains(code);
        }
      };

  private static KeyDraft storedDraft() {
    return new KeyDraft(
        "Eerste opzet",
        new BigDecimal("1000.00"),
        List.of(
            new KeyPart(KeyPart.EQUAL, new BigDecimal("40.00")),
            new KeyPart("youth", new BigDecimal("60"))),
        List.of(
            new Participant(
                "GM0606",
                Map.of("youth", new IndicatorValue(new BigDecimal("4"), true)),
                12_345L,
                null),
            Participant.of(
                "GM0599", Map.of("youth", new IndicatorValue(new BigDecimal("5400.0"), false)))),
        Map.of("youth", new IndicatorSource("CBS StatLine 03759ned", JAN_1)));
  }

  @Test
  void aNewArrangementStartsWithOneEqualPartOfAHundredPercent() {
    FundingForm form = FundingForm.blank(2027);
    assertThat(form.getYear()).isEqualTo(2027);
    assertThat(form.getParts())
        .singleElement()
        .extracting(FundingForm.PartRow::getBasis)
        .isEqualTo("EQUAL");
    assertThat(form.getParts().get(0).getPercent()).isEqualByComparingTo("100");
    assertThat(form.getIndicators()).isEmpty();
  }

  @Test
  void aStoredDraftComesBackAsTheSameKey() {
    FundingForm form = FundingForm.of("Regeling", 2027, storedDraft(), region);
    assertThat(form.getChosen()).containsExactly("GM0606", "GM0599");
    assertThat(form.getMunicipalities())
        .extracting(FundingForm.MunicipalityRow::getName)
        .containsExactly("Schiedam", "Rotterdam");
    assertThat(form.getMunicipalities().get(0).getMinimum()).isEqualTo(new BigDecimal("123.45"));

    KeyDraft again = form.toDraft();
    assertThat(again.label()).isEqualTo("Eerste opzet");
    assertThat(again.total()).isEqualByComparingTo("1000");
    assertThat(again.parts()).extracting(KeyPart::basis).containsExactly("EQUAL", "youth");
    assertThat(again.municipalities())
        .extracting(Participant::code)
        .containsExactly("GM0606", "GM0599");
    Participant schiedam = again.municipalities().get(0);
    assertThat(schiedam.minimumCents()).isEqualTo(12_345L);
    assertThat(schiedam.maximumCents()).isNull();
    assertThat(schiedam.indicators().get("youth").suppressedAsFour()).isTrue();
    assertThat(again.municipalities().get(1).indicators().get("youth").value())
        .isEqualByComparingTo("5400");
    assertThat(again.sources())
        .containsEntry("youth", new IndicatorSource("CBS StatLine 03759ned", JAN_1));
  }

  @Test
  void theIndicatorsAreThePartsBasesOtherThanEqualInPartOrderOnce() {
    FundingForm form = FundingForm.blank(2027);
    form.getParts().get(0).setBasis("equal");
    form.addPart();
    form.getParts().get(1).setBasis(" youth ");
    form.addPart();
    form.getParts().get(2).setBasis("students");
    form.addPart();
    form.getParts().get(3).setBasis("youth");
    form.addPart();
    assertThat(form.getIndicators()).containsExactly("youth", "students");
    assertThat(form.toDraft().parts())
        .extracting(KeyPart::basis)
        .containsExactly("EQUAL", "youth", "students", "youth", null);
  }

  @Test
  void choosingKeepsEnteredValuesAndParticipantsFromOutsideTheRegion() {
    FundingForm form = FundingForm.of("Regeling", 2027, storedDraft(), region);
    form.addMunicipality("GM0344", "Utrecht");
    form.addMunicipality("GM0344", "Utrecht");
    form.setChosen(List.of("GM0599"));
    form.applyChosen(region);
    assertThat(form.getMunicipalities())
        .extracting(FundingForm.MunicipalityRow::getCode)
        .containsExactly("GM0599", "GM0344");
    assertThat(form.getMunicipalities().get(0).getValues().get("youth"))
        .isEqualByComparingTo("5400");

    form.setChosen(List.of("GM0606", "GM0599"));
    form.applyChosen(region);
    assertThat(form.getMunicipalities())
        .extracting(FundingForm.MunicipalityRow::getCode)
        .containsExactly("GM0606", "GM0599", "GM0344");
    assertThat(form.getMunicipalities().get(0).getValues()).isEmpty();

    form.removeMunicipality(form.getMunicipalities().get(0));
    assertThat(form.getChosen()).containsExactly("GM0599");
  }

  @Test
  void anAcceptedFileAddsItsMunicipalitiesItsPartAndItsSource() {
    FundingForm form = FundingForm.blank(2027);
    IndicatorTable table =
        new IndicatorTable(
            "mbo_students",
            "DUO open data",
            List.of(
                new IndicatorRow(2, "GM0599", new BigDecimal("5400"), false, JAN_1),
                new IndicatorRow(3, "GM0344", new BigDecimal("4"), true, JAN_1)));
    int taken = form.take(table, null, region);
    assertThat(taken).isEqualTo(2);
    assertThat(form.getMunicipalities())
        .extracting(FundingForm.MunicipalityRow::getCode)
        .containsExactly("GM0599", "GM0344");
    assertThat(form.getChosen()).as("only the region's are chosen").containsExactly("GM0599");
    assertThat(form.getIndicators()).containsExactly("mbo_students");
    assertThat(form.getMunicipalities().get(1).getSuppressed()).containsEntry("mbo_students", true);
    assertThat(form.getSourceNames()).containsEntry("mbo_students", "DUO open data");
    assertThat(form.getSourceDates()).containsEntry("mbo_students", JAN_1);
  }

  @Test
  void aLibrarySetFillsOnlyTheParticipantsOnceThereAreAny() {
    FundingForm form = FundingForm.of("Regeling", 2027, storedDraft(), region);
    Map<String, IndicatorValue> values = new LinkedHashMap<>();
    values.put("GM0599", IndicatorValue.of(670_000));
    values.put("GM0344", IndicatorValue.of(360_000));
    int taken = form.take("population", values, new IndicatorSource(null, JAN_1), false, region);
    assertThat(taken).isEqualTo(1);
    assertThat(form.getMunicipalities()).hasSize(2);
    assertThat(form.getParts()).extracting(FundingForm.PartRow::getBasis).contains("population");
    assertThat(form.getSourceNames()).doesNotContainKey("population");
    assertThat(form.toDraft().municipalities().get(0).indicators()).doesNotContainKey("population");
  }

  @Test
  void aBoundWithMoreThanTwoDecimalsIsRefusedAtItsField() {
    FundingForm form = FundingForm.of("Regeling", 2027, storedDraft(), region);
    form.getMunicipalities().get(1).setMaximum(new BigDecimal("10.005"));
    assertThatThrownBy(form::toDraft)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "municipalities[1].maximum", "funding.json.amount")));
  }

  @Test
  void theFormSurvivesSerialisationWithWhatWasTyped() throws Exception {
    FundingForm form = FundingForm.of("Regeling", 2027, storedDraft(), region);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(form);
    }
    FundingForm back;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (FundingForm) in.readObject();
    }
    assertThat(back.toDraft()).isEqualTo(form.toDraft());
  }
}
