package nl.regioportal.web.funding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.regioportal.funding.application.FundingService;
import nl.regioportal.funding.application.ShareView;
import nl.regioportal.funding.application.VersionDetails;
import nl.regioportal.funding.application.VersionSummary;
import nl.regioportal.funding.domain.ReviewDecision;
import nl.regioportal.funding.engine.Comparison;
import nl.regioportal.funding.export.FundingCsvExport;
import nl.regioportal.funding.export.FundingStatementPdf;
import nl.regioportal.funding.export.FundingWorkbookExport;
import nl.regioportal.shared.Decimals;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.web.faces.OwnFirst;
import nl.regioportal.web.faces.PageMessages;
import nl.regioportal.web.faces.RecordPage;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One version of a funding key ({@code /r/{region}/funding/versions/{id}}): the whole key with each
 * municipality's derivation, the reviews, and what the reader may do: a coordinator publishes or
 * locks on a governance decision, a policy officer approves or objects for the own municipality;
 * both compare with another version of the same arrangement.
 */
@Named
@ViewScoped
public class FundingVersionView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject FundingService service;
  @Inject PageMessages messages;

  private long id;
  private transient VersionDetails details;
  private transient List<VersionSummary> siblings;
  private String comment;
  private String decision;
  private Long compareWith;
  private transient Comparison comparison;
  private transient Map<String, String> names;
  private Long transitionFrom;
  private int transitionYears = 3;
  private String indexPercent;
  private int indexYears = 3;
  private transient List<nl.regioportal.funding.engine.KeyResult> projection;
  private int projectionFirstYear;

  /** The page's view action; a version that is not there for this reader answers 404 or 403. */
  public void load() {
    Long recordId = RecordPage.recordId();
    if (recordId != null) {
      id = recordId;
    }
    reload();
  }

  private void reload() {
    if (id == 0) { // a view bean made afresh for this request (see details())
      Long recordId = RecordPage.recordId();
      if (recordId != null) {
        id = recordId;
      }
    }
    FundingService.VersionWithSiblings loaded = service.versionWithSiblings(id);
    details = loaded.details();
    siblings = loaded.siblings();
  }

  /**
   * The version, loaded again when this bean has lost it: its fields are transient (not kept with
   * the view), and Faces may hand a request a new instance of a view-scoped bean (a restored view
   * after the session was moved, or many views of one session at once) before the view action runs.
   */
  private VersionDetails details() {
    if (details == null) {
      reload();
    }
    return details;
  }

  private List<VersionSummary> siblings() {
    if (siblings == null) {
      reload();
    }
    return siblings;
  }

  public void publish() {
    act(() -> service.publish(id), "funding.published");
  }

  public void lock() {
    act(() -> service.lockByDecision(id, decision), "funding.locked");
  }

  public void approve() {
    act(() -> service.review(id, ReviewDecision.APPROVED, comment), "funding.approved");
  }

  public void object() {
    act(() -> service.review(id, ReviewDecision.OBJECTED, comment), "funding.objected");
  }

  public void compare() {
    comparison = null;
    if (compareWith == null) {
      messages.error("version:compareWith", "funding.compare.with");
      return;
    }
    try {
      comparison = service.compare(compareWith, id);
      names =
          service.municipalityNames(comparison.rows().stream().map(Comparison.Row::code).toList());
    } catch (NotFoundException e) {
      messages.error("version:compareWith", "error.notFound");
    }
  }

  /** A phased transition from another version to this one. */
  public void projectTransition() {
    projection = null;
    if (transitionFrom == null) {
      messages.error("version:transitionFrom", "funding.transition.from");
      return;
    }
    try {
      projection = service.transition(transitionFrom, id, transitionYears);
      projectionFirstYear = 1;
    } catch (NotFoundException e) {
      messages.error("version:transitionFrom", "error.notFound");
    }
  }

  /** This key in the coming years with a yearly indexation of the total. */
  public void projectIndexation() {
    projection = null;
    BigDecimal percent = indexPercent == null ? null : Decimals.typed(indexPercent).value();
    if (percent == null) {
      messages.error("version:indexPercent", "funding.index.percent", String.valueOf(indexPercent));
      return;
    }
    projection = service.indexed(id, percent, indexYears);
    projectionFirstYear = 0;
  }

  /** The year labels of the projection shown (1..n for a transition, 0..n for indexation). */
  public List<Integer> getProjectionYears() {
    List<Integer> years = new java.util.ArrayList<>();
    for (int i = 0; projection != null && i < projection.size(); i++) {
      years.add(projectionFirstYear + i);
    }
    return years;
  }

  public Long projectionAmount(String code, int year) {
    return projection == null
        ? null
        : projection
            .get(year - projectionFirstYear)
            .share(code)
            .map(x -> x.amountCents())
            .orElse(null);
  }

  public long projectionTotal(int year) {
    return projection.get(year - projectionFirstYear).totalCents();
  }

  public boolean isProjected() {
    return projection != null;
  }

  public Long getTransitionFrom() {
    return transitionFrom;
  }

  public void setTransitionFrom(Long transitionFrom) {
    this.transitionFrom = transitionFrom;
  }

  public int getTransitionYears() {
    return transitionYears;
  }

  public void setTransitionYears(int transitionYears) {
    this.transitionYears = transitionYears;
  }

  public String getIndexPercent() {
    return indexPercent;
  }

  public void setIndexPercent(String indexPercent) {
    this.indexPercent = indexPercent;
  }

  public int getIndexYears() {
    return indexYears;
  }

  public void setIndexYears(int indexYears) {
    this.indexYears = indexYears;
  }

  /** Runs a step of the review; the page shows the version as it is now, also after a refusal. */
  private void act(Runnable action, String doneKey) {
    try {
      action.run();
      messages.info(doneKey);
      comment = null;
      decision = null;
    } finally {
      reload();
    }
  }

  /** The chart of a comparison: per municipality the amount in both versions (Chart.js JSON). */
  public String getComparisonChart() {
    if (comparison == null) {
      return null;
    }
    return ComparisonChart.json(
        comparison,
        names,
        messages.text(
            "funding.compare.other",
            siblings().stream()
                .filter(v -> v.id() == compareWith)
                .map(VersionSummary::number)
                .findFirst()
                .orElse(0)),
        messages.text("funding.compare.this"));
  }

  // --- downloads ---------------------------------------------------------------------------------

  public StreamedContent getCsv() {
    return download(
        "csv",
        "text/csv; charset=UTF-8",
        out -> FundingCsvExport.write(details(), messages.locale(), out));
  }

  public StreamedContent getWorkbook() {
    return download(
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        out -> FundingWorkbookExport.write(details(), messages.locale(), out));
  }

  public StreamedContent getStatements() {
    return download(
        "pdf",
        "application/pdf",
        out -> FundingStatementPdf.write(details(), messages.locale(), out));
  }

  /** The own municipality's statement (policy officers). */
  public StreamedContent getOwnStatement() {
    String own = details().ownMunicipality();
    return download(
        own + ".pdf",
        "application/pdf",
        out -> FundingStatementPdf.write(details(), own, messages.locale(), out));
  }

  private interface Export {
    void write(java.io.OutputStream out) throws IOException;
  }

  private StreamedContent download(String extension, String type, Export export) {
    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
    try {
      export.write(buffer);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    byte[] bytes = buffer.toByteArray();
    return DefaultStreamedContent.builder()
        .name(nl.regioportal.web.funding.FundingExports.fileName(details(), extension))
        .contentType(type)
        .contentLength((long) bytes.length)
        .stream(() -> new java.io.ByteArrayInputStream(bytes))
        .build();
  }

  public String statusKey() {
    return "funding.status." + details().summary().status();
  }

  /** What people read for a part's basis or an indicator: its label in the page's language. */
  public String label(String code) {
    return details().label(code, messages.locale());
  }

  public String municipalityName(String code) {
    return names == null ? code : names.getOrDefault(code, code);
  }

  public VersionDetails getDetails() {
    return details();
  }

  /** Whether any share was fixed by a bound (else the bound column is left out). */
  public boolean isAnyBound() {
    return getShares().stream()
        .anyMatch(s -> s.share().bound() != nl.regioportal.funding.engine.Share.Bound.NONE);
  }

  /** The shares, the reader's own municipality first (a policy officer's). */
  public List<ShareView> getShares() {
    VersionDetails d = details();
    return d == null ? List.of() : OwnFirst.sort(d.shares(), ShareView::code, d.ownMunicipality());
  }

  /** The comparison's rows, the reader's own municipality first. */
  public List<Comparison.Row> getComparisonRows() {
    return comparison == null
        ? List.of()
        : OwnFirst.sort(comparison.rows(), Comparison.Row::code, details().ownMunicipality());
  }

  public List<VersionSummary> getSiblings() {
    return siblings();
  }

  public Comparison getComparison() {
    return comparison;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public Long getCompareWith() {
    return compareWith;
  }

  public void setCompareWith(Long compareWith) {
    this.compareWith = compareWith;
  }
}
