package nl.regioportal.web.directory;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.regioportal.directory.application.RegionTerms;
import nl.regioportal.directory.domain.DirectoryTerm;
import nl.regioportal.directory.domain.Taxonomy;
import nl.regioportal.shared.DuplicateException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.web.faces.PageMessages;

/**
 * The coordinator's page for the region's own terms ({@code /directory/terms}): the issues and
 * professional roles the region added beneath the shared taxonomy, and a form to add one.
 */
@Named
@ViewScoped
public class RegionTermsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient RegionTerms terms;
  @Inject PageMessages messages;

  private String taxonomy = Taxonomy.ISSUE.name();
  private String parentCode;
  private String nameNl;
  private String nameEn;
  private String descriptionNl;
  private transient List<DirectoryTerm> all;

  private List<DirectoryTerm> all() {
    if (all == null) {
      all = terms.all();
    }
    return all;
  }

  /** The region's own terms, by taxonomy and name. */
  public List<DirectoryTerm> getOwn() {
    return all().stream()
        .filter(t -> !t.shared())
        .sorted(Comparator.comparing(DirectoryTerm::taxonomy).thenComparing(DirectoryTerm::nameNl))
        .toList();
  }

  /** Where a new term may go: the life domains, then the issues and roles, by name. */
  public List<SelectItem> getParentOptions() {
    Locale l = messages.locale();
    List<SelectItem> out = new ArrayList<>();
    for (Taxonomy x : Taxonomy.values()) {
      all().stream()
          .filter(t -> t.taxonomy() == x)
          .sorted(Comparator.comparing((DirectoryTerm t) -> t.name(l)))
          .forEach(
              t ->
                  out.add(
                      new SelectItem(
                          t.code(),
                          messages.text("directory.terms.kind." + x.name()) + ": " + t.name(l))));
    }
    return out;
  }

  public String parentName(DirectoryTerm t) {
    return all().stream()
        .filter(p -> p.code().equals(t.parentCode()))
        .map(p -> p.name(messages.locale()))
        .findFirst()
        .orElse(t.parentCode());
  }

  public String kind(DirectoryTerm t) {
    return messages.text("directory.terms.kind." + t.taxonomy().name());
  }

  public void add() {
    try {
      DirectoryTerm t =
          terms.add(
              new RegionTerms.Draft(
                  Taxonomy.valueOf(taxonomy), parentCode, nameNl, nameEn, descriptionNl));
      messages.info("directory.terms.added", t.nameNl(), t.code());
      all = null;
      nameNl = null;
      nameEn = null;
      descriptionNl = null;
    } catch (InvalidInputException e) {
      for (Violation v : e.violations()) {
        messages.violation("term", v);
      }
    } catch (DuplicateException e) {
      messages.violation("term", e.violation());
    }
  }

  public String getTaxonomy() {
    return taxonomy;
  }

  public void setTaxonomy(String taxonomy) {
    this.taxonomy = taxonomy;
  }

  public String getParentCode() {
    return parentCode;
  }

  public void setParentCode(String parentCode) {
    this.parentCode = parentCode;
  }

  public String getNameNl() {
    return nameNl;
  }

  public void setNameNl(String nameNl) {
    this.nameNl = nameNl;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getDescriptionNl() {
    return descriptionNl;
  }

  public void setDescriptionNl(String descriptionNl) {
    this.descriptionNl = descriptionNl;
  }
}
