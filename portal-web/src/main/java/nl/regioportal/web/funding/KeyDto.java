package nl.regioportal.web.funding;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioportal.funding.application.IndicatorSource;
import nl.regioportal.funding.application.KeyDraft;
import nl.regioportal.funding.engine.IndicatorValue;
import nl.regioportal.funding.engine.KeyPart;
import nl.regioportal.funding.engine.Participant;
import nl.regioportal.shared.Decimals;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.web.api.DecimalText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole funding key as a client sends it: the total, the parts, the municipalities with their
 * indicator values and bounds, and optionally a label and the indicators' sources. Money and
 * percentages are decimal strings; a value of the wrong shape is a violation at its path (e.g.
 * {@code parts[1].percent}).
 *
 * @param revision only when replacing a draft's key: the revision being edited
 */
@Schema(name = "FundingKey")
public record KeyDto(
    @Schema(example = "Scenario A") String label,
    @Schema(description = "Euros, at most two decimals.", example = "250000.00") DecimalText total,
    List<PartDto> parts,
    List<ParticipantDto> municipalities,
    @Schema(description = "Per indicator name.") Map<String, SourceDto> sources,
    @Schema(description = "Required when replacing a draft's key (PUT); ignored elsewhere.")
        Long revision) {

  /** A part of the key: a basis ({@code EQUAL} or an indicator name) and its percentage. */
  @Schema(name = "FundingKeyPart")
  public record PartDto(
      @Schema(example = "youth_12_27") String basis, @Schema(example = "50") DecimalText percent) {}

  /** A municipality that shares in the cost, with its values and optional bounds in euros. */
  @Schema(name = "FundingKeyParticipant")
  public record ParticipantDto(
      @Schema(example = "GM0599") String code,
      @Schema(description = "Per indicator name.")
          @JsonbTypeDeserializer(IndicatorDto.MapReader.class)
          Map<String, IndicatorDto> indicators,
      DecimalText minimum,
      DecimalText maximum) {}

  /** The key of a request body, or every violation in it. */
  static KeyDraft draft(KeyDto body) {
    if (body == null) {
      throw new InvalidInputException(List.of(Violation.of(null, "funding.key.required")));
    }
    return body.draft();
  }

  private KeyDraft draft() {
    List<Violation> problems = new ArrayList<>();
    BigDecimal total = decimal(this.total, "total", problems);
    List<KeyPart> keyParts = new ArrayList<>();
    List<PartDto> ps = parts == null ? List.of() : parts;
    for (int i = 0; i < ps.size(); i++) {
      String at = "parts[" + i + "]";
      PartDto p = ps.get(i);
      if (p == null) {
        problems.add(Violation.of(at, "funding.json.object"));
        continue;
      }
      if (p.basis() == null) {
        problems.add(Violation.of(at + ".basis", "funding.json.string"));
      }
      keyParts.add(new KeyPart(p.basis(), decimal(p.percent(), at + ".percent", problems)));
    }
    List<Participant> participants = new ArrayList<>();
    List<ParticipantDto> ms = municipalities == null ? List.of() : municipalities;
    for (int i = 0; i < ms.size(); i++) {
      String at = "municipalities[" + i + "]";
      ParticipantDto m = ms.get(i);
      if (m == null) {
        problems.add(Violation.of(at, "funding.json.object"));
        continue;
      }
      if (m.code() == null) {
        problems.add(Violation.of(at + ".code", "funding.json.string"));
      }
      Map<String, IndicatorValue> values = new LinkedHashMap<>();
      if (m.indicators() != null) {
        m.indicators()
            .forEach(
                (name, raw) -> {
                  var value = raw == null ? null : raw.value().orElse(null);
                  if (value == null) {
                    problems.add(Violation.of(at + ".indicators." + name, "funding.json.number"));
                  } else {
                    values.put(name, value);
                  }
                });
      }
      participants.add(
          new Participant(
              m.code(),
              values,
              cents(m.minimum(), at + ".minimum", problems),
              cents(m.maximum(), at + ".maximum", problems)));
    }
    Map<String, IndicatorSource> indicatorSources = new LinkedHashMap<>();
    if (sources != null) {
      sources.forEach(
          (name, s) -> {
            String at = "sources." + name;
            if (s == null) {
              problems.add(Violation.of(at, "funding.json.object"));
            } else {
              indicatorSources.put(name, s.source(at, problems));
            }
          });
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new KeyDraft(label, total, keyParts, participants, indicatorSources);
  }

  /** A decimal string such as "250000.00" or "20"; a JSON number is refused (it may be binary). */
  private static BigDecimal decimal(DecimalText v, String at, List<Violation> problems) {
    if (v == null) {
      problems.add(Violation.of(at, "funding.json.decimal", "null"));
      return null;
    }
    return v.value()
        .orElseGet(
            () -> {
              problems.add(Violation.of(at, "funding.json.decimal", v.shown()));
              return null;
            });
  }

  /** An optional amount in euros, as cents: not negative, at most two decimals. */
  private static Long cents(DecimalText v, String at, List<Violation> problems) {
    if (v == null) {
      return null;
    }
    BigDecimal euros = decimal(v, at, problems);
    if (euros == null) {
      return null;
    }
    var cents = euros.signum() < 0 ? java.util.Optional.<Long>empty() : Decimals.cents(euros);
    if (cents.isEmpty()) {
      problems.add(Violation.of(at, "funding.json.amount", v.shown()));
      return null;
    }
    return cents.get();
  }
}
