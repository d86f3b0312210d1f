package nl.regioportal.web.funding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioportal.funding.application.IndicatorSource;
import nl.regioportal.funding.application.KeyDraft;
import nl.regioportal.funding.engine.IndicatorValue;
import nl.regioportal.funding.engine.KeyPart;
import nl.regioportal.funding.engine.Participant;
import nl.regioportal.funding.indicators.IndicatorRow;
import nl.regioportal.funding.indicators.IndicatorTable;
import nl.regioportal.shared.Decimals;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;

/**
 * The funding key as the editor page holds it between requests: for a new arrangement its title,
 * year and description, then the key's label, total, parts, participating municipalities (the
 * region's chosen ones and any from outside) with their values per indicator and bounds, and where
 * each indicator's values come from. Numbers are already numbers here ({@link
 * nl.regioportal.web.faces.DecimalConverter} read them); {@link #toDraft()} is the key the
 * application service checks and stores.
 *
 * <p>Invariants: a municipality participates at most once; the indicators of the key are the bases
 * of its parts other than {@link KeyPart#EQUAL}, in part order.
 */
public class FundingForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * What the form needs to know of municipalities: their names and whether they are the region's.
   */
  public interface Municipalities {
    String nameOf(String code);

    boolean ofRegion(String code);
  }

  /** One part of the key as edited. */
  public static class PartRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String basis;
    private BigDecimal percent;

    PartRow(String basis, BigDecimal percent) {
      this.basis = basis;
      this.percent = percent;
    }

    public String getBasis() {
      return basis;
    }

    public void setBasis(String basis) {
      this.basis = basis == null ? null : basis.trim();
    }

    public BigDecimal getPercent() {
      return percent;
    }

    public void setPercent(BigDecimal percent) {
      this.percent = percent;
    }

    /** The basis as the key names it: {@code null} when empty, {@code EQUAL} in any case. */
    String keyBasis() {
      if (basis == null || basis.isBlank()) {
        return null;
      }
      return KeyPart.EQUAL.equalsIgnoreCase(basis) ? KeyPart.EQUAL : basis;
    }
  }

  /** One participating municipality as edited: its values per indicator and its bounds. */
  public static class MunicipalityRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String name;
    private final Map<String, BigDecimal> values = new LinkedHashMap<>();
    private final Map<String, Boolean> suppressed = new LinkedHashMap<>();
    private BigDecimal minimum;
    private BigDecimal maximum;

    MunicipalityRow(String code, String name) {
      this.code = code;
      this.name = name;
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public Map<String, BigDecimal> getValues() {
      return values;
    }

    public Map<String, Boolean> getSuppressed() {
      return suppressed;
    }

    public BigDecimal getMinimum() {
      return minimum;
    }

    public void setMinimum(BigDecimal minimum) {
      this.minimum = minimum;
    }

    public BigDecimal getMaximum() {
      return maximum;
    }

    public void setMaximum(BigDecimal maximum) {
      this.maximum = maximum;
    }

    void put(String indicator, IndicatorValue value) {
      values.put(indicator, value.value().stripTrailingZeros());
      suppressed.put(indicator, value.suppressedAsFour());
    }
  }

  private String title;
  private Integer year;
  private String description;
  private String label;
  private BigDecimal total;
  private final List<PartRow> parts = new ArrayList<>();
  private final List<MunicipalityRow> municipalities = new ArrayList<>();
  private final Map<String, String> sourceNames = new LinkedHashMap<>();
  private final Map<String, LocalDate> sourceDates = new LinkedHashMap<>();
  private List<String> chosen = new ArrayList<>();

  /** A new arrangement for {@code year}: one part, everyone the same share. */
  public static FundingForm blank(int year) {
    FundingForm form = new FundingForm();
    form.year = year;
    form.parts.add(new PartRow(KeyPart.EQUAL, BigDecimal.valueOf(100)));
    return form;
  }

  /** A stored draft to change; its municipalities are the chosen ones. */
  public static FundingForm of(String title, int year, KeyDraft draft, Municipalities directory) {
    FundingForm form = new FundingForm();
    form.title = title;
    form.year = year;
    form.label = draft.label();
    form.total = draft.total();
    for (KeyPart p : draft.parts()) {
      form.parts.add(new PartRow(p.basis(), p.percent().stripTrailingZeros()));
    }
    for (Participant p : draft.municipalities()) {
      MunicipalityRow row = new MunicipalityRow(p.code(), directory.nameOf(p.code()));
      p.indicators().forEach(row::put);
      row.minimum = p.minimumCents() == null ? null : BigDecimal.valueOf(p.minimumCents(), 2);
      row.maximum = p.maximumCents() == null ? null : BigDecimal.valueOf(p.maximumCents(), 2);
      form.municipalities.add(row);
      form.chosen.add(p.code());
    }
    draft
        .sources()
        .forEach(
            (indicator, source) -> {
              form.sourceNames.put(indicator, source.source());
              form.sourceDates.put(indicator, source.referenceDate());
            });
    return form;
  }

  public void addPart() {
    parts.add(new PartRow("", null));
  }

  public void removePart(PartRow row) {
    parts.remove(row);
  }

  /**
   * Takes the chosen municipalities of the region as the participants, in the order chosen, keeping
   * their entered values; participants from outside the region stay unless removed one by one.
   */
  public void applyChosen(Municipalities directory) {
    Map<String, MunicipalityRow> byCode = new LinkedHashMap<>();
    municipalities.forEach(m -> byCode.put(m.code, m));
    List<MunicipalityRow> next = new ArrayList<>();
    for (String code : chosen) {
      next.add(byCode.getOrDefault(code, new MunicipalityRow(code, directory.nameOf(code))));
    }
    for (MunicipalityRow m : municipalities) {
      if (!chosen.contains(m.code) && !directory.ofRegion(m.code)) {
        next.add(m);
      }
    }
    municipalities.clear();
    municipalities.addAll(next);
  }

  /** Adds a participant unless it is one already. */
  public void addMunicipality(String code, String name) {
    if (municipalities.stream().noneMatch(m -> m.code.equals(code))) {
      municipalities.add(new MunicipalityRow(code, name));
    }
  }

  public void removeMunicipality(MunicipalityRow row) {
    municipalities.remove(row);
    chosen.remove(row.code);
  }

  /** The indicators the parts use, in part order: the columns of the values table. */
  public List<String> getIndicators() {
    List<String> out = new ArrayList<>();
    for (PartRow p : parts) {
      String basis = p.keyBasis();
      if (basis != null && !KeyPart.EQUAL.equals(basis) && !out.contains(basis)) {
        out.add(basis);
      }
    }
    return out;
  }

  /**
   * Takes one indicator's values (from a file or the region's library) for the participants, with
   * their source; adds the indicator as a part if the key does not use it yet.
   *
   * @param addAbsent whether municipalities of {@code values} that do not participate yet join
   * @return how many participants received a value
   */
  public int take(
      String indicator,
      Map<String, IndicatorValue> values,
      IndicatorSource source,
      boolean addAbsent,
      Municipalities directory) {
    if (addAbsent) {
      for (String code : values.keySet()) {
        if (municipalities.stream().noneMatch(m -> m.code.equals(code))) {
          municipalities.add(new MunicipalityRow(code, directory.nameOf(code)));
          if (directory.ofRegion(code) && !chosen.contains(code)) {
            chosen.add(code);
          }
        }
      }
    }
    int taken = 0;
    for (MunicipalityRow m : municipalities) {
      IndicatorValue v = values.get(m.code);
      if (v != null) {
        m.put(indicator, v);
        taken++;
      }
    }
    if (source.source() != null) {
      sourceNames.put(indicator, source.source());
    }
    sourceDates.put(indicator, source.referenceDate());
    if (parts.stream().noneMatch(p -> indicator.equals(p.basis))) {
      parts.add(new PartRow(indicator, null));
    }
    return taken;
  }

  /**
   * Takes the values of an indicator file that the library's reader accepted; every municipality of
   * the file participates. The reference date is the file's, or {@code fallbackDate}.
   */
  public int take(IndicatorTable table, LocalDate fallbackDate, Municipalities directory) {
    Map<String, IndicatorValue> values = new LinkedHashMap<>();
    for (IndicatorRow r : table.rows()) {
      values.put(r.municipalityCode(), new IndicatorValue(r.value(), r.suppressedAsFour()));
    }
    LocalDate date = table.rows().isEmpty() ? fallbackDate : table.rows().get(0).referenceDate();
    return take(
        table.indicator(), values, new IndicatorSource(table.source(), date), true, directory);
  }

  /**
   * The form as a key for the application service, which checks the rest.
   *
   * @throws InvalidInputException when a bound is not a whole number of cents, at its field
   */
  public KeyDraft toDraft() {
    List<Violation> problems = new ArrayList<>();
    List<KeyPart> keyParts = new ArrayList<>();
    for (PartRow p : parts) {
      keyParts.add(new KeyPart(p.keyBasis(), p.percent));
    }
    List<String> indicators = getIndicators();
    List<Participant> participants = new ArrayList<>();
    for (int i = 0; i < municipalities.size(); i++) {
      MunicipalityRow m = municipalities.get(i);
      Map<String, IndicatorValue> values = new LinkedHashMap<>();
      for (String indicator : indicators) {
        BigDecimal v = m.values.get(indicator);
        if (v != null) {
          values.put(
              indicator, new IndicatorValue(v, Boolean.TRUE.equals(m.suppressed.get(indicator))));
        }
      }
      Long min = cents(m.minimum, "municipalities[" + i + "].minimum", problems);
      Long max = cents(m.maximum, "municipalities[" + i + "].maximum", problems);
      participants.add(new Participant(m.code, values, min, max));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Map<String, IndicatorSource> sources = new LinkedHashMap<>();
    for (String indicator : indicators) {
      String name = sourceNames.get(indicator);
      LocalDate date = sourceDates.get(indicator);
      boolean named = name != null && !name.isBlank();
      if (named || date != null) {
        sources.put(indicator, new IndicatorSource(named ? name.trim() : null, date));
      }
    }
    return new KeyDraft(label, total, keyParts, participants, sources);
  }

  /** Euros as cents; more than two decimals or an amount out of range is a violation. */
  static Long cents(BigDecimal euros, String field, List<Violation> problems) {
    if (euros == null) {
      return null;
    }
    return Decimals.cents(euros)
        .orElseGet(
            () -> {
              problems.add(Violation.of(field, "funding.json.amount", euros.toString()));
              return null;
            });
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public void setTotal(BigDecimal total) {
    this.total = total;
  }

  public List<PartRow> getParts() {
    return parts;
  }

  public List<MunicipalityRow> getMunicipalities() {
    return municipalities;
  }

  public Map<String, String> getSourceNames() {
    return sourceNames;
  }

  public Map<String, LocalDate> getSourceDates() {
    return sourceDates;
  }

  public List<String> getChosen() {
    return chosen;
  }

  public void setChosen(List<String> chosen) {
    this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
  }
}
