package nl.regioportal.web.funding;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioportal.funding.application.FundingService;
import nl.regioportal.funding.application.IndicatorSource;
import nl.regioportal.funding.application.KeyDraft;
import nl.regioportal.funding.application.VersionDetails;
import nl.regioportal.funding.domain.VersionStatus;
import nl.regioportal.funding.engine.IndicatorValue;
import nl.regioportal.funding.engine.KeyInput;
import nl.regioportal.funding.engine.KeyPart;
import nl.regioportal.funding.engine.KeyResult;
import nl.regioportal.funding.engine.Participant;
import nl.regioportal.funding.indicators.IndicatorRow;
import nl.regioportal.funding.indicators.IndicatorTableParser;
import nl.regioportal.region.Municipality;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.shared.AccessDeniedException;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.ImportProblem;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.MunicipalityCode;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.web.faces.NavigationView;
import nl.regioportal.web.faces.PageMessages;
import nl.regioportal.web.faces.RecordPage;
import org.primefaces.model.file.UploadedFile;

/**
 * Creates an arrangement with its first draft key ({@code /r/{region}/funding/new}) or changes a
 * draft ({@code /r/{region}/funding/versions/{id}/edit}): the total, the parts, the participating
 * municipalities with their indicator values (typed in or read from a CBS/DUO CSV file) and bounds,
 * with a preview before saving. Nothing is stored until the coordinator saves, and a rejected file
 * changes nothing in the form.
 */
@Named
@ViewScoped
public class FundingEditView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject FundingService service;
  @Inject nl.regioportal.funding.application.IndicatorLibrary library;
  @Inject RegionDirectory regions;
  @Inject TenantContext tenant;
  @Inject PageMessages messages;
  @Inject NavigationView nav;

  /** One part of the key as edited. */
  public static class PartRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String basis = KeyPart.EQUAL;
    private String percent;

    public String getBasis() {
      return basis;
    }

    public void setBasis(String basis) {
      this.basis = basis == null ? null : basis.trim();
    }

    public String getPercent() {
      return percent;
    }

    public void setPercent(String percent) {
      this.percent = percent;
    }
  }

  /** One participating municipality as edited: its values per indicator and its bounds. */
  public static class MunicipalityRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String name;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Boolean> suppressed = new LinkedHashMap<>();
    private String minimum;
    private String maximum;

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

    public Map<String, String> getValues() {
      return values;
    }

    public Map<String, Boolean> getSuppressed() {
      return suppressed;
    }

    public String getMinimum() {
      return minimum;
    }

    public void setMinimum(String minimum) {
      this.minimum = minimum;
    }

    public String getMaximum() {
      return maximum;
    }

    public void setMaximum(String maximum) {
      this.maximum = maximum;
    }
  }

  private Long versionId;
  private long revision;
  private int status = 200;
  private String title;
  private Integer year = LocalDate.now().getYear() + 1;
  private String description;
  private String label;
  private String total;
  private final List<PartRow> parts = new ArrayList<>();
  private final List<MunicipalityRow> municipalities = new ArrayList<>();
  private final Map<String, String> sourceNames = new LinkedHashMap<>();
  private final Map<String, LocalDate> sourceDates = new LinkedHashMap<>();
  private List<String> chosen = new ArrayList<>();
  private String outsideCode;
  private String importIndicator;
  private LocalDate importDate;
  private String importSource;
  private transient UploadedFile importFile;
  private List<ImportProblem> importProblems = new ArrayList<>();
  private transient KeyResult preview;
  private String librarySet;
  private transient List<nl.regioportal.funding.application.IndicatorSet> librarySets;

  @PostConstruct
  void load() {
    Long recordId = RecordPage.recordId();
    if (recordId == null) {
      PartRow equal = new PartRow();
      equal.percent = "100";
      parts.add(equal);
      return;
    }
    versionId = recordId;
    long id = recordId;
    try {
      VersionDetails d = service.version(id);
      if (d.summary().status() != VersionStatus.DRAFT) {
        status = 409;
        return;
      }
      revision = d.revision();
      title = d.arrangementTitle();
      year = d.budgetYear();
      KeyDraft draft = service.draftOf(id);
      label = draft.label();
      total = draft.total().toPlainString();
      for (KeyPart p : draft.parts()) {
        PartRow row = new PartRow();
        row.basis = p.basis();
        row.percent = p.percent().stripTrailingZeros().toPlainString();
        parts.add(row);
      }
      for (Participant p : draft.municipalities()) {
        MunicipalityRow row = new MunicipalityRow(p.code(), nameOf(p.code()));
        p.indicators()
            .forEach(
                (k, v) -> {
                  row.values.put(k, v.value().stripTrailingZeros().toPlainString());
                  row.suppressed.put(k, v.suppressedAsFour());
                });
        row.minimum =
            p.minimumCents() == null
                ? null
                : BigDecimal.valueOf(p.minimumCents(), 2).toPlainString();
        row.maximum =
            p.maximumCents() == null
                ? null
                : BigDecimal.valueOf(p.maximumCents(), 2).toPlainString();
        municipalities.add(row);
      }
      draft
          .sources()
          .forEach(
              (k, v) -> {
                sourceNames.put(k, v.source());
                sourceDates.put(k, v.referenceDate());
              });
      chosen = new ArrayList<>(municipalities.stream().map(MunicipalityRow::getCode).toList());
    } catch (NotFoundException e) {
      status = 404;
    } catch (AccessDeniedException e) {
      status = 403;
    }
  }

  /** 404, 403, or 409 (a version that is no longer a draft) as the error page. */
  public void checkFound() throws IOException {
    if (status == 409) {
      messages.infoAfterRedirect("funding.version.notDraftAnymore");
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(nav.url("funding/versions/" + versionId));
      return;
    }
    RecordPage.answer(status);
  }

  // --- parts and municipalities -----------------------------------------------------------------

  public void addPart() {
    PartRow row = new PartRow();
    row.basis = "";
    parts.add(row);
  }

  public void removePart(PartRow row) {
    parts.remove(row);
  }

  /** Takes the chosen municipalities of the region as the participants, keeping entered values. */
  public void applyChosen() {
    Map<String, MunicipalityRow> byCode = new LinkedHashMap<>();
    municipalities.forEach(m -> byCode.put(m.code, m));
    List<MunicipalityRow> next = new ArrayList<>();
    for (String code : chosen) {
      next.add(byCode.getOrDefault(code, new MunicipalityRow(code, nameOf(code))));
    }
    // participants from outside the region stay unless removed one by one
    for (MunicipalityRow m : municipalities) {
      if (!chosen.contains(m.code) && !isOfRegion(m.code)) {
        next.add(m);
      }
    }
    municipalities.clear();
    municipalities.addAll(next);
  }

  /** Adds a municipality from outside the region by its CBS code. */
  public void addOutside() {
    var code = MunicipalityCode.parseLenient(outsideCode == null ? "" : outsideCode.trim());
    var municipality = code.flatMap(regions::municipality);
    if (municipality.isEmpty()) {
      messages.error(
          "edit:outsideCode", "funding.municipality.unknown", String.valueOf(outsideCode));
      return;
    }
    String c = municipality.get().code().value();
    if (municipalities.stream().noneMatch(m -> m.code.equals(c))) {
      municipalities.add(new MunicipalityRow(c, municipality.get().name()));
    }
    outsideCode = null;
  }

  public void removeMunicipality(MunicipalityRow row) {
    municipalities.remove(row);
    chosen.remove(row.code);
  }

  /** The indicators the parts use, in part order: the columns of the values table. */
  public List<String> getIndicators() {
    List<String> out = new ArrayList<>();
    for (PartRow p : parts) {
      if (p.basis != null && !p.basis.isBlank() && !KeyPart.EQUAL.equalsIgnoreCase(p.basis)) {
        if (!out.contains(p.basis)) {
          out.add(p.basis);
        }
      }
    }
    return out;
  }

  // --- indicator file ---------------------------------------------------------------------------

  /**
   * Reads one indicator's values from a CBS/DUO-style CSV file. A file with any problem is rejected
   * whole (each problem with its line and column) and the form keeps its values.
   */
  public void importValues() {
    importProblems = new ArrayList<>();
    if (importFile == null || importFile.getSize() == 0) {
      messages.error("edit:importFile", "funding.import.noFile");
      return;
    }
    String indicator = importIndicator == null ? "" : importIndicator.trim();
    if (!nl.regioportal.funding.indicators.IndicatorTable.isValidIndicator(indicator)) {
      messages.error("edit:importIndicator", "funding.import.indicator", indicator);
      return;
    }
    String source =
        importSource == null || importSource.isBlank()
            ? importFile.getFileName()
            : importSource.trim();
    IndicatorTableParser.Result result;
    try (Reader reader =
        new InputStreamReader(importFile.getInputStream(), StandardCharsets.UTF_8)) {
      result = new IndicatorTableParser().parse(reader, indicator, source, importDate);
    } catch (IOException | IllegalArgumentException e) {
      messages.error("edit:importFile", "funding.import.unreadable");
      return;
    }
    if (!result.accepted()) {
      importProblems = new ArrayList<>(result.problems());
      messages.error(null, "funding.import.rejected", result.problems().size());
      return;
    }
    int applied = 0;
    for (IndicatorRow row : result.table().rows()) {
      MunicipalityRow m =
          municipalities.stream()
              .filter(x -> x.code.equals(row.municipalityCode()))
              .findFirst()
              .orElse(null);
      if (m == null) {
        if (regions.municipality(new MunicipalityCode(row.municipalityCode())).isEmpty()) {
          continue;
        }
        m = new MunicipalityRow(row.municipalityCode(), nameOf(row.municipalityCode()));
        municipalities.add(m);
        if (isOfRegion(m.code)) {
          chosen.add(m.code);
        }
      }
      m.values.put(indicator, row.value().stripTrailingZeros().toPlainString());
      m.suppressed.put(indicator, row.suppressedAsFour());
      applied++;
    }
    sourceNames.put(indicator, result.table().source());
    sourceDates.put(
        indicator,
        result.table().rows().isEmpty()
            ? importDate
            : result.table().rows().get(0).referenceDate());
    if (parts.stream().noneMatch(p -> indicator.equals(p.basis))) {
      PartRow p = new PartRow();
      p.basis = indicator;
      parts.add(p);
    }
    messages.info("funding.import.done", applied, indicator);
  }

  // --- the region's indicator library
  // --------------------------------------------------------------

  /** The library's sets, as {@code indicator|yyyy-mm-dd} choices. */
  public List<nl.regioportal.funding.application.IndicatorSet> getLibrarySets() {
    if (librarySets == null) {
      librarySets = library.sets();
    }
    return librarySets;
  }

  /**
   * Takes one library set's values for the participating municipalities (all of them when none is
   * chosen yet), with its source and reference date; adds the indicator as a part if the key does
   * not use it yet.
   */
  public void useLibrarySet() {
    applyChosen();
    if (librarySet == null || !librarySet.contains("|")) {
      messages.error("edit:librarySet", "funding.library.choose");
      return;
    }
    String indicator = librarySet.substring(0, librarySet.indexOf('|'));
    LocalDate date = LocalDate.parse(librarySet.substring(librarySet.indexOf('|') + 1));
    Map<String, IndicatorValue> values = library.values(indicator, date);
    if (municipalities.isEmpty()) {
      for (String code : values.keySet()) {
        municipalities.add(new MunicipalityRow(code, nameOf(code)));
        if (isOfRegion(code)) {
          chosen.add(code);
        }
      }
    }
    int taken = 0;
    for (MunicipalityRow m : municipalities) {
      IndicatorValue v = values.get(m.code);
      if (v != null) {
        m.values.put(indicator, v.value().stripTrailingZeros().toPlainString());
        m.suppressed.put(indicator, v.suppressedAsFour());
        taken++;
      }
    }
    getLibrarySets().stream()
        .filter(s -> s.indicator().equals(indicator) && s.referenceDate().equals(date))
        .findFirst()
        .ifPresent(s -> sourceNames.put(indicator, s.source()));
    sourceDates.put(indicator, date);
    if (parts.stream().noneMatch(p -> indicator.equals(p.basis))) {
      PartRow p = new PartRow();
      p.basis = indicator;
      parts.add(p);
    }
    messages.info("funding.library.taken", taken, municipalities.size(), indicator);
  }

  public String getLibrarySet() {
    return librarySet;
  }

  public void setLibrarySet(String librarySet) {
    this.librarySet = librarySet;
  }

  // --- preview and save -------------------------------------------------------------------------

  public void previewKey() {
    preview = null;
    applyChosen();
    try {
      KeyDraft d = draft();
      preview = service.preview(new KeyInput(d.total(), d.parts(), d.municipalities()));
    } catch (InvalidInputException e) {
      e.violations().forEach(v -> messages.violation("edit", v));
    }
  }

  public void save() throws IOException {
    applyChosen();
    try {
      KeyDraft d = draft();
      long target;
      if (versionId == null) {
        long arrangement = service.create(title, year, description, d);
        messages.infoAfterRedirect("funding.created", title);
        target = service.arrangement(arrangement).versions().get(0).id();
      } else {
        service.updateDraft(versionId, revision, d);
        messages.infoAfterRedirect("funding.saved");
        target = versionId;
      }
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(nav.url("funding/versions/" + target));
    } catch (InvalidInputException e) {
      e.violations().forEach(v -> messages.violation("edit", v));
    } catch (ConflictException e) {
      messages.violation("edit", e.violation());
    } catch (AccessDeniedException e) {
      messages.error(null, "error.forbidden");
    } catch (NotFoundException e) {
      messages.error(null, "error.notFound");
    }
  }

  /** The form as a key; a value that is no number is a violation at its field. */
  private KeyDraft draft() {
    List<Violation> problems = new ArrayList<>();
    BigDecimal t = number(total, "total", problems);
    List<KeyPart> keyParts = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      PartRow p = parts.get(i);
      keyParts.add(
          new KeyPart(
              p.basis == null || p.basis.isBlank()
                  ? null
                  : KeyPart.EQUAL.equalsIgnoreCase(p.basis) ? KeyPart.EQUAL : p.basis,
              number(p.percent, "parts[" + i + "].percent", problems)));
    }
    List<String> indicators = getIndicators();
    List<Participant> participants = new ArrayList<>();
    for (int i = 0; i < municipalities.size(); i++) {
      MunicipalityRow m = municipalities.get(i);
      Map<String, IndicatorValue> values = new LinkedHashMap<>();
      for (String ind : indicators) {
        BigDecimal v =
            number(m.values.get(ind), "municipalities[" + i + "].indicators." + ind, problems);
        if (v != null) {
          values.put(ind, new IndicatorValue(v, Boolean.TRUE.equals(m.suppressed.get(ind))));
        }
      }
      String minField = "municipalities[" + i + "].minimum";
      String maxField = "municipalities[" + i + "].maximum";
      Long min = cents(number(m.minimum, minField, problems), minField, problems);
      Long max = cents(number(m.maximum, maxField, problems), maxField, problems);
      participants.add(new Participant(m.code, values, min, max));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Map<String, IndicatorSource> sources = new LinkedHashMap<>();
    for (String ind : indicators) {
      String name = sourceNames.get(ind);
      LocalDate date = sourceDates.get(ind);
      if ((name != null && !name.isBlank()) || date != null) {
        sources.put(
            ind, new IndicatorSource(name == null || name.isBlank() ? null : name.trim(), date));
      }
    }
    return new KeyDraft(label, t, keyParts, participants, sources);
  }

  /**
   * A number typed the Dutch way ("250.000,50", "12,5") or plainly ("250000.50"); empty is {@code
   * null}. "250.000" alone is ambiguous (a Dutch thousands separator or a decimal point) and
   * refused rather than guessed.
   */
  static BigDecimal number(String raw, String field, List<Violation> problems) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.trim().replace(" ", "").replace("\u00a0", "").replace("€", "");
    if (s.contains(",") && s.contains(".")) {
      if (s.lastIndexOf(',') < s.lastIndexOf('.')) {
        problems.add(Violation.of(field, "funding.form.number", raw));
        return null;
      }
      s = s.replace(".", "").replace(',', '.');
    } else if (s.contains(",")) {
      s = s.replace(',', '.');
    } else if (s.matches("\\d{1,3}(\\.\\d{3})+")) {
      problems.add(Violation.of(field, "funding.form.ambiguous", raw));
      return null;
    }
    try {
      BigDecimal d = new BigDecimal(s);
      if (Math.abs(d.scale()) > 30 || d.precision() > 40) {
        throw new NumberFormatException("out of range");
      }
      return d;
    } catch (NumberFormatException e) {
      problems.add(Violation.of(field, "funding.form.number", raw));
      return null;
    }
  }

  /** Euros as cents; more than two decimals or an amount out of range is a violation. */
  static Long cents(BigDecimal euros, String field, List<Violation> problems) {
    if (euros == null) {
      return null;
    }
    BigDecimal stripped = euros.stripTrailingZeros();
    if (stripped.scale() > 2 || stripped.precision() - stripped.scale() > 14) {
      problems.add(Violation.of(field, "funding.json.amount", euros.toString()));
      return null;
    }
    return euros.movePointRight(2).longValueExact();
  }

  private boolean isOfRegion(String code) {
    return getRegionMunicipalities().stream().anyMatch(m -> m.code().value().equals(code));
  }

  private String nameOf(String code) {
    try {
      return regions.municipality(new MunicipalityCode(code)).map(Municipality::name).orElse(code);
    } catch (IllegalArgumentException e) {
      return code;
    }
  }

  private transient List<Municipality> regionMunicipalities;

  public List<Municipality> getRegionMunicipalities() {
    if (regionMunicipalities == null) {
      regionMunicipalities = regions.municipalitiesOf(tenant.require(), LocalDate.now());
    }
    return regionMunicipalities;
  }

  // --- accessors ---------------------------------------------------------------------------------

  public boolean isNew() {
    return versionId == null;
  }

  public Long getVersionId() {
    return versionId;
  }

  public KeyResult getPreview() {
    return preview;
  }

  public String previewAmount(String code) {
    return preview == null
        ? null
        : preview.share(code).map(s -> Long.toString(s.amountCents())).orElse(null);
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

  public List<ImportProblem> getImportProblems() {
    return importProblems;
  }

  /** A problem of the rejected file, in the reader's language. */
  public String problemText(ImportProblem problem) {
    return nl.regioportal.web.i18n.Texts.text(messages.locale(), problem);
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

  public String getTotal() {
    return total;
  }

  public void setTotal(String total) {
    this.total = total;
  }

  public List<String> getChosen() {
    return chosen;
  }

  public void setChosen(List<String> chosen) {
    this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
  }

  public String getOutsideCode() {
    return outsideCode;
  }

  public void setOutsideCode(String outsideCode) {
    this.outsideCode = outsideCode;
  }

  public String getImportIndicator() {
    return importIndicator;
  }

  public void setImportIndicator(String importIndicator) {
    this.importIndicator = importIndicator;
  }

  public LocalDate getImportDate() {
    return importDate;
  }

  public void setImportDate(LocalDate importDate) {
    this.importDate = importDate;
  }

  public String getImportSource() {
    return importSource;
  }

  public void setImportSource(String importSource) {
    this.importSource = importSource;
  }

  public UploadedFile getImportFile() {
    return importFile;
  }

  public void setImportFile(UploadedFile importFile) {
    this.importFile = importFile;
  }
}
