package nl.regioportal.web.funding;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.regioportal.funding.application.CaseloadFromReferrals;
import nl.regioportal.funding.application.IndicatorDefinitions;
import nl.regioportal.funding.application.IndicatorLibrary;
import nl.regioportal.funding.application.IndicatorSet;
import nl.regioportal.funding.application.OwnIndicator;
import nl.regioportal.funding.domain.Basis;
import nl.regioportal.funding.domain.BasisCatalogue;
import nl.regioportal.organisation.application.OrganisationService;
import nl.regioportal.shared.ImportProblem;
import nl.regioportal.web.faces.PageMessages;

/**
 * The region's indicator library ({@code /r/{region}/indicators}): the bases its keys may use (the
 * built-in ones and the region's own, which the coordinator registers, relabels and, while nothing
 * uses them, removes here), the sets of CBS/DUO values per municipality that funding keys take
 * their values from, and the upload of a new file for one of the region's indicators, chosen from
 * the list. A file with any problem is rejected whole, each problem with its line and column. The
 * caseload by residence can also be counted from the region's referrals ({@link CaseloadForm}).
 */
@Named
@ViewScoped
public class IndicatorLibraryView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject IndicatorLibrary library;
  @Inject IndicatorDefinitions definitions;
  @Inject PageMessages messages;
  @Inject CaseloadFromReferrals caseload;
  @Inject OrganisationService organisations;

  private final IndicatorUpload upload = new IndicatorUpload();
  private final CaseloadForm caseloadForm = new CaseloadForm();
  private transient List<IndicatorSet> sets;
  private transient BasisCatalogue catalogue;
  private transient List<BasisRow> bases;

  /** The code of the own indicator being relabelled, or {@code null} while registering anew. */
  private String editing;

  private String code;
  private String labelNl;
  private String labelEn;

  /**
   * One line of the list of bases.
   *
   * @param own the region's own indicator with its use, or {@code null} for a built-in basis
   */
  public record BasisRow(Basis basis, String label, OwnIndicator own) {
    public boolean isOwnIndicator() {
      return own != null;
    }
  }

  public void importFile() {
    if (upload.indicator() == null) {
      messages.error("library:indicator", "funding.import.indicator.choose");
      return;
    }
    upload
        .read(
            messages,
            "library:file",
            r -> library.importFile(r, upload.indicator(), upload.source(), upload.getDate()))
        .ifPresent(
            replaced -> {
              long values = replaced.stream().mapToLong(IndicatorSet::municipalities).sum();
              messages.info("indicators.imported", values, replaced.size());
              sets = null;
              bases = null;
            });
  }

  /** Counts the caseload by residence from the referrals and stores it as a set of the library. */
  public void countCaseload() {
    caseloadForm.count(caseload, messages, "caseload").ifPresent(c -> sets = null);
  }

  public CaseloadForm getCaseloadForm() {
    return caseloadForm;
  }

  /** The receivers to count the caseload for: every one, or one organisation. */
  public List<SelectItem> getReceiverOptions() {
    return CaseloadForm.organisationOptions(organisations.activeByName(), messages);
  }

  /** Registers an indicator of the region's own, or saves the labels of the one being edited. */
  public void saveDefinition() {
    if (editing == null) {
      Basis b = definitions.register(code, labelNl, labelEn);
      messages.info("indicators.definition.registered", b.label(messages.locale()));
    } else {
      Basis b = definitions.relabel(editing, labelNl, labelEn);
      messages.info("indicators.definition.relabelled", b.label(messages.locale()));
    }
    cancelEdit();
    catalogue = null;
    bases = null;
  }

  /** Starts changing the labels of one of the region's own indicators. */
  public void edit(BasisRow row) {
    editing = row.basis().code();
    code = editing;
    labelNl = row.basis().dutchLabel();
    labelEn = row.basis().englishLabel();
  }

  public void cancelEdit() {
    editing = null;
    code = null;
    labelNl = null;
    labelEn = null;
  }

  public void remove(BasisRow row) {
    String label = row.label();
    definitions.remove(row.basis().code());
    messages.info("indicators.definition.removed", label);
    if (row.basis().code().equals(editing)) {
      cancelEdit();
    }
    catalogue = null;
    bases = null;
  }

  /** A problem of the rejected file, in the reader's language. */
  public String problemText(ImportProblem problem) {
    return nl.regioportal.web.i18n.Texts.text(messages.locale(), problem);
  }

  /** What people read for an indicator: its label in the page's language. */
  public String label(String indicator) {
    return getCatalogue().label(indicator, messages.locale());
  }

  /** Every basis: equal shares, the built-in indicators, then the region's own. */
  public List<BasisRow> getBases() {
    if (bases == null) {
      Map<String, OwnIndicator> own =
          definitions.own().stream()
              .collect(Collectors.toMap(o -> o.basis().code(), Function.identity()));
      List<BasisRow> rows = new ArrayList<>();
      for (Basis b : getCatalogue().all()) {
        rows.add(new BasisRow(b, b.label(messages.locale()), own.get(b.code())));
      }
      bases = rows;
    }
    return bases;
  }

  /** The indicators a file may hold, by label. */
  public List<Basis> getIndicators() {
    return getCatalogue().indicators();
  }

  public List<IndicatorSet> getSets() {
    if (sets == null) {
      sets = library.sets();
    }
    return sets;
  }

  private BasisCatalogue getCatalogue() {
    if (catalogue == null) {
      catalogue = definitions.catalogue();
    }
    return catalogue;
  }

  public IndicatorUpload getUpload() {
    return upload;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    if (editing == null) {
      this.code = code;
    }
  }

  public String getLabelNl() {
    return labelNl;
  }

  public void setLabelNl(String labelNl) {
    this.labelNl = labelNl;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public void setLabelEn(String labelEn) {
    this.labelEn = labelEn;
  }
}
