package nl.regioportal.web.funding;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.regioportal.funding.application.CaseloadFromReferrals;
import nl.regioportal.funding.application.FundingService;
import nl.regioportal.funding.application.IndicatorDefinitions;
import nl.regioportal.funding.application.IndicatorLibrary;
import nl.regioportal.funding.application.IndicatorSet;
import nl.regioportal.funding.application.IndicatorSource;
import nl.regioportal.funding.application.KeyDraft;
import nl.regioportal.funding.application.VersionDetails;
import nl.regioportal.funding.domain.Basis;
import nl.regioportal.funding.domain.BasisCatalogue;
import nl.regioportal.funding.domain.VersionStatus;
import nl.regioportal.funding.engine.KeyInput;
import nl.regioportal.funding.engine.KeyResult;
import nl.regioportal.organisation.application.OrganisationService;
import nl.regioportal.region.Municipality;
import nl.regioportal.shared.ImportProblem;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.web.faces.NavigationView;
import nl.regioportal.web.faces.PageMessages;
import nl.regioportal.web.faces.RecordPage;

/**
 * Creates an arrangement with its first draft key ({@code /r/{region}/funding/new}) or changes a
 * draft ({@code /r/{region}/funding/versions/{id}/edit}). The key lives in a {@link FundingForm};
 * indicator values come typed in, from the region's library or from a CBS/DUO CSV file read by the
 * library's reader. Bases and indicators are chosen from the region's catalogue, by label. Nothing
 * is stored until the coordinator saves, and a rejected file changes nothing in the form. Refusals
 * of the services are answered by the page exception handler.
 */
@Named
@ViewScoped
public class FundingEditView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject FundingService service;
  @Inject IndicatorLibrary library;
  @Inject IndicatorDefinitions definitions;
  @Inject RegionMunicipalities municipalities;
  @Inject PageMessages messages;
  @Inject NavigationView nav;
  @Inject Money money;
  @Inject CaseloadFromReferrals caseload;
  @Inject OrganisationService organisations;

  private Long versionId;
  private long revision;
  private FundingForm form = FundingForm.blank(LocalDate.now().getYear() + 1);
  private final IndicatorUpload upload = new IndicatorUpload();
  private final CaseloadForm caseloadForm = new CaseloadForm();
  private String outsideCode;
  private String librarySet;
  private transient KeyResult preview;
  private transient List<IndicatorSet> librarySets;
  private transient BasisCatalogue catalogue;

  /** The page's view action: the draft to change (a version that is no draft any more is shown). */
  public void load() throws IOException {
    versionId = RecordPage.recordId();
    if (versionId == null) {
      return;
    }
    VersionDetails d = service.version(versionId);
    if (d.summary().status() != VersionStatus.DRAFT) {
      messages.infoAfterRedirect("funding.version.notDraftAnymore");
      redirect(versionId);
      return;
    }
    revision = d.revision();
    form =
        FundingForm.of(
            d.arrangementTitle(), d.budgetYear(), service.draftOf(versionId), municipalities);
  }

  public void applyChosen() {
    form.applyChosen(municipalities);
  }

  /** Adds a municipality from outside the region by its CBS code. */
  public void addOutside() {
    var municipality = municipalities.find(outsideCode);
    if (municipality.isEmpty()) {
      messages.error(
          "edit:outsideCode", "funding.municipality.unknown", String.valueOf(outsideCode));
      return;
    }
    form.addMunicipality(municipality.get().code().value(), municipality.get().name());
    outsideCode = null;
  }

  /**
   * Reads one indicator's values from a CBS/DUO CSV file with the library's reader (stored nowhere
   * until the key is saved). A file with any problem is rejected whole, each problem with its line
   * and column, and the form keeps its values.
   */
  public void importValues() {
    if (upload.indicator() == null) {
      messages.error("edit:indicator", "funding.import.indicator.choose");
      return;
    }
    upload
        .read(
            messages,
            "edit:importFile",
            r -> library.read(r, upload.indicator(), upload.source(), upload.getDate()))
        .ifPresent(
            table ->
                messages.info(
                    "funding.import.done",
                    form.take(table, upload.getDate(), municipalities),
                    label(table.indicator())));
  }

  /** Takes one set of the region's library for the participants (all of the set's if none yet). */
  public void useLibrarySet() {
    applyChosen();
    var set =
        getLibrarySets().stream()
            .filter(s -> (s.indicator() + "|" + s.referenceDate()).equals(librarySet))
            .findFirst();
    if (set.isEmpty()) {
      messages.error("edit:librarySet", "funding.library.choose");
      return;
    }
    take(set.get());
  }

  /**
   * Counts the caseload by residence from the region's referrals, stores it in the library and
   * takes it like a set of the library.
   */
  public void countCaseload() {
    applyChosen();
    caseloadForm
        .count(caseload, messages, "edit")
        .ifPresent(
            c -> {
              librarySets = null;
              librarySet = c.set().indicator() + "|" + c.set().referenceDate();
              take(c.set());
            });
  }

  private void take(IndicatorSet set) {
    String indicator = set.indicator();
    LocalDate date = set.referenceDate();
    boolean none = form.getMunicipalities().isEmpty();
    var values = library.values(indicator, date);
    var source = new IndicatorSource(set.source(), date);
    int taken = form.take(indicator, values, source, none, municipalities);
    messages.info(
        "funding.library.taken", taken, form.getMunicipalities().size(), label(indicator));
  }

  public CaseloadForm getCaseloadForm() {
    return caseloadForm;
  }

  /** The receivers to count the caseload for: every one, or one organisation. */
  public List<SelectItem> getReceiverOptions() {
    return CaseloadForm.organisationOptions(organisations.activeByName(), messages);
  }

  public void previewKey() {
    preview = null;
    applyChosen();
    KeyDraft d = form.toDraft();
    try {
      preview = service.preview(new KeyInput(d.total(), d.parts(), d.municipalities()));
    } catch (InvalidInputException e) {
      throw labelled(e);
    }
    // say what happened (announced: each message of p:messages is role=alert)
    messages.info(
        "funding.edit.previewed", money.cents(preview.totalCents()), preview.shares().size());
  }

  public void save() throws IOException {
    try {
      store();
    } catch (InvalidInputException e) {
      throw labelled(e);
    }
  }

  private void store() throws IOException {
    applyChosen();
    KeyDraft d = form.toDraft();
    long target;
    if (versionId == null) {
      long arrangement = service.create(form.getTitle(), form.getYear(), form.getDescription(), d);
      messages.infoAfterRedirect("funding.created", form.getTitle());
      target = service.arrangement(arrangement).versions().get(0).id();
    } else {
      service.updateDraft(versionId, revision, d);
      messages.infoAfterRedirect("funding.saved");
      target = versionId;
    }
    redirect(target);
  }

  /**
   * The same refusal with the bases and indicators its messages name shown by their labels in the
   * page's language (the service names codes, as the API does).
   */
  InvalidInputException labelled(InvalidInputException e) {
    List<Violation> shown = new ArrayList<>();
    for (Violation v : e.violations()) {
      shown.add(
          new Violation(
              v.field(),
              v.key(),
              v.args().stream().map(a -> a instanceof String s ? shown(s) : a).toList()));
    }
    return new InvalidInputException(shown);
  }

  private Object shown(String arg) {
    BasisCatalogue c = getCatalogue();
    Locale locale = messages.locale();
    if (c.isBasis(arg)) {
      return c.label(arg, locale);
    }
    if (arg.equals(c.basisCodes())) {
      return c.all().stream().map(b -> b.label(locale)).collect(Collectors.joining(", "));
    }
    if (arg.equals(c.indicatorCodes())) {
      return c.indicators().stream().map(b -> b.label(locale)).collect(Collectors.joining(", "));
    }
    return arg;
  }

  /** What people read for a basis or an indicator: its label in the page's language. */
  public String label(String code) {
    return getCatalogue().label(code, messages.locale());
  }

  /**
   * The bases a part may choose, by label: the region's catalogue, and a basis a stored draft has
   * that the catalogue no longer knows (shown by its code, marked; saving refuses it until another
   * is chosen).
   */
  public List<SelectItem> getBasisOptions() {
    List<SelectItem> items = new ArrayList<>();
    for (Basis b : getCatalogue().all()) {
      items.add(new SelectItem(b.code(), b.label(messages.locale())));
    }
    for (FundingForm.PartRow p : form.getParts()) {
      String basis = p.getBasis();
      if (basis != null && !basis.isBlank() && !getCatalogue().isBasis(basis)) {
        items.add(new SelectItem(basis, messages.text("funding.basis.unknown", basis)));
      }
    }
    return items;
  }

  /** The indicators a file or the library may give values for, by label. */
  public List<SelectItem> getIndicatorOptions() {
    return getCatalogue().indicators().stream()
        .map(b -> new SelectItem(b.code(), b.label(messages.locale())))
        .toList();
  }

  private BasisCatalogue getCatalogue() {
    if (catalogue == null) {
      catalogue = definitions.catalogue();
    }
    return catalogue;
  }

  private void redirect(long version) throws IOException {
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .redirect(nav.url("funding/versions/" + version));
  }

  public List<Municipality> getRegionMunicipalities() {
    return municipalities.all();
  }

  public List<IndicatorSet> getLibrarySets() {
    if (librarySets == null) {
      librarySets = library.sets();
    }
    return librarySets;
  }

  /** The preview's amount for a municipality in cents, or {@code null}. */
  public String previewAmount(String code) {
    return preview == null
        ? null
        : preview.share(code).map(s -> Long.toString(s.amountCents())).orElse(null);
  }

  /** A problem of the rejected file, in the reader's language. */
  public String problemText(ImportProblem problem) {
    return nl.regioportal.web.i18n.Texts.text(messages.locale(), problem);
  }

  public boolean isNew() {
    return versionId == null;
  }

  public FundingForm getForm() {
    return form;
  }

  public IndicatorUpload getUpload() {
    return upload;
  }

  public KeyResult getPreview() {
    return preview;
  }

  public String getOutsideCode() {
    return outsideCode;
  }

  public void setOutsideCode(String outsideCode) {
    this.outsideCode = outsideCode;
  }

  public String getLibrarySet() {
    return librarySet;
  }

  public void setLibrarySet(String librarySet) {
    this.librarySet = librarySet;
  }
}
