package nl.regioportal.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A term of the directory's taxonomy: a life domain, an issue beneath a domain, or a professional
 * role (HSDS taxonomy_term). Global reference data: the shared terms of seed 001 (no region) are
 * the same everywhere and are never changed by a region; a region's own terms carry its code, and
 * their code starts with it ({@code 29-...}), so they can never take a shared term's place.
 */
@Entity
@Table(name = "directory_term")
public class DirectoryTerm {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "taxonomy", nullable = false, length = 20)
  private Taxonomy taxonomy;

  @Column(name = "code", nullable = false, length = 60)
  private String code;

  @Column(name = "region_code", length = 2)
  private String regionCode;

  @Column(name = "parent_code", length = 60)
  private String parentCode;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "name_nl", nullable = false, length = 200)
  private String nameNl;

  @Column(name = "name_en", nullable = false, length = 200)
  private String nameEn;

  @Column(name = "description_nl", length = 2000)
  private String descriptionNl;

  @Column(name = "description_en", length = 2000)
  private String descriptionEn;

  @Column(name = "aliases_nl", length = 500)
  private String aliasesNl;

  @Column(name = "internal_role")
  private Boolean internalRole;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected DirectoryTerm() {}

  /** A region's own term beneath a shared one; the values have passed {@code DirectoryTerms}. */
  public DirectoryTerm(
      String id,
      Taxonomy taxonomy,
      String code,
      String regionCode,
      String parentCode,
      int sortOrder,
      String nameNl,
      String nameEn,
      String descriptionNl) {
    this.id = Objects.requireNonNull(id);
    this.taxonomy = Objects.requireNonNull(taxonomy);
    this.code = Objects.requireNonNull(code);
    this.regionCode = Objects.requireNonNull(regionCode, "only a region's own terms are created");
    this.parentCode = Objects.requireNonNull(parentCode, "a region's term sits beneath another");
    this.sortOrder = sortOrder;
    this.nameNl = Objects.requireNonNull(nameNl);
    this.nameEn = nameEn == null || nameEn.isBlank() ? nameNl : nameEn;
    this.descriptionNl = descriptionNl;
    this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  public String id() {
    return id;
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  public String code() {
    return code;
  }

  /** The region a region's own term belongs to; null for a shared term. */
  public String regionCode() {
    return regionCode;
  }

  public boolean shared() {
    return regionCode == null;
  }

  /** An issue's or role's life domain, or the shared term a region's term sits beneath. */
  public String parentCode() {
    return parentCode;
  }

  public int sortOrder() {
    return sortOrder;
  }

  public String nameNl() {
    return nameNl;
  }

  public String nameEn() {
    return nameEn;
  }

  /** The name in a language: Dutch for {@code nl}, English otherwise. */
  public String name(Locale locale) {
    return "nl".equals(locale.getLanguage()) ? nameNl : nameEn;
  }

  public String descriptionNl() {
    return descriptionNl;
  }

  public String descriptionEn() {
    return descriptionEn == null ? descriptionNl : descriptionEn;
  }

  /** Other names the field uses for the same role (SLB'er, mentor, coach). */
  public List<String> aliases() {
    return aliasesNl == null || aliasesNl.isBlank()
        ? List.of()
        : Arrays.stream(aliasesNl.split("\\|"))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .toList();
  }

  /** For a role: whether it works inside the school (true) or outside it (false). */
  public Boolean internalRole() {
    return internalRole;
  }
}
