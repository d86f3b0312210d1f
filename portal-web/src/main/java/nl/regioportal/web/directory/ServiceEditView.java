package nl.regioportal.web.directory;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.regioportal.directory.application.Directory;
import nl.regioportal.directory.application.DirectoryTerms;
import nl.regioportal.directory.application.ServiceDetails;
import nl.regioportal.directory.domain.AgeGroup;
import nl.regioportal.directory.domain.DirectoryTerm;
import nl.regioportal.directory.domain.Phone;
import nl.regioportal.directory.domain.ServiceDraft;
import nl.regioportal.directory.domain.ServiceStatus;
import nl.regioportal.directory.domain.Taxonomy;
import nl.regioportal.region.Municipality;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.web.faces.NavigationView;
import nl.regioportal.web.faces.PageMessages;
import nl.regioportal.web.faces.RecordPage;
import nl.regioportal.web.tenancy.TenantFilter;

/**
 * A service's entry as a form, for the organisation's own people and the coordinators: what it does
 * and for whom (life domains, issues, roles, ages on either side of 18, eligibility), where (the
 * municipalities served), how to reach it, and whether it takes referrals through the portal.
 * {@code /directory/services/{id}/edit} changes an entry (refused with a message when someone else
 * saved it meanwhile); {@code /directory/organisations/{id}/new} adds one for that organisation.
 * Phones, contacts and hours already on an entry are kept as they are.
 */
@Named
@ViewScoped
public class ServiceEditView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The languages offered (ISO 639-1): Dutch, English and the languages most asked for. */
  static final List<String> LANGUAGES =
      List.of("nl", "en", "ar", "tr", "pl", "uk", "so", "ti", "fa", "pap", "fr", "de", "es");

  @Inject transient Directory directory;
  @Inject transient DirectoryTerms terms;
  @Inject transient DirectoryLabels labels;
  @Inject transient RegionDirectory regions;
  @Inject transient TenantContext tenant;
  @Inject NavigationView nav;
  @Inject PageMessages messages;

  private Long serviceId;
  private long organisationId;
  private String organisationName;
  private long version;

  private String name;
  private String alternateName;
  private String description;
  private String url;
  private String email;
  private String chatUrl;
  private String phone;
  private String status = ServiceStatus.ACTIVE.name();
  private String ageGroup = AgeGroup.ALL.name();
  private Integer minAge;
  private Integer maxAge;
  private String eligibility;
  private boolean acceptsReferrals;
  private Integer waitingWeeks;
  private boolean costFree = true;
  private String costDescription;
  private List<String> domains = new ArrayList<>();
  private List<String> issues = new ArrayList<>();
  private List<String> roles = new ArrayList<>();
  private List<String> municipalities = new ArrayList<>();
  private String otherMunicipalities;
  private List<String> languages = new ArrayList<>(List.of("nl"));

  private List<ServiceDraft.PhoneDraft> keptPhones = List.of();
  private List<ServiceDraft.ContactDraft> keptContacts = List.of();
  private List<ServiceDraft.ScheduleDraft> keptSchedules = List.of();
  private List<Long> keptLocations = List.of();

  /** The page's view action: an entry to edit, or the organisation of a new one. */
  public void load() throws IOException {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    Long id = RecordPage.recordId();
    Object page =
        ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
            .getAttribute(TenantFilter.ROUTE_PAGE);
    if (page == nl.regioportal.web.tenancy.RegionPage.DIRECTORY_SERVICE_NEW) {
      var entries = directory.ofOrganisation(id); // 404 for another region's
      if (!entries.mayMaintain()) {
        notYours("directory/organisations/" + id);
        return;
      }
      organisationId = id;
      organisationName = entries.organisationName();
      return;
    }
    ServiceDetails s = directory.get(id);
    if (!s.mayEdit()) {
      notYours("directory/services/" + id);
      return;
    }
    serviceId = s.id();
    version = s.version();
    organisationId = s.organisationId();
    organisationName = s.organisationName();
    name = s.name();
    alternateName = s.alternateName();
    description = s.description();
    url = s.url();
    email = s.email();
    chatUrl = s.chatUrl();
    status = s.status().name();
    ageGroup = s.ageGroup().name();
    minAge = s.minAge();
    maxAge = s.maxAge();
    eligibility = s.eligibility();
    acceptsReferrals = s.acceptsReferrals();
    waitingWeeks = s.waitingWeeks();
    costFree = s.costFree();
    costDescription = s.costDescription();
    DirectoryTerms.Vocabulary v = vocabulary();
    domains = new ArrayList<>();
    issues = new ArrayList<>();
    roles = new ArrayList<>();
    for (String code : s.terms()) {
      v.term(code)
          .ifPresent(
              t ->
                  (t.taxonomy() == Taxonomy.LIFE_DOMAIN
                          ? domains
                          : t.taxonomy() == Taxonomy.ISSUE ? issues : roles)
                      .add(code));
    }
    Set<String> ofRegion = regionCodes();
    municipalities =
        new ArrayList<>(s.municipalities().stream().filter(ofRegion::contains).toList());
    otherMunicipalities =
        String.join(" ", s.municipalities().stream().filter(c -> !ofRegion.contains(c)).toList());
    languages = new ArrayList<>(s.languages());
    keptPhones =
        s.phones().stream()
            .map(
                p ->
                    new ServiceDraft.PhoneDraft(
                        p.publicId(), p.number(), p.kind(), p.description(), p.internal()))
            .toList();
    keptContacts =
        s.contacts().stream()
            .map(
                c ->
                    new ServiceDraft.ContactDraft(
                        c.publicId(), c.name(), c.title(), c.email(), c.phone(), c.internal()))
            .toList();
    keptSchedules =
        s.schedules().stream()
            .map(
                l ->
                    new ServiceDraft.ScheduleDraft(
                        l.publicId(),
                        l.kind(),
                        l.day(),
                        l.opensAt(),
                        l.closesAt(),
                        l.description()))
            .toList();
    keptLocations = List.copyOf(s.locationIds());
  }

  /**
   * A member who may not change this organisation's entries is sent to the entry (or the
   * organisation's list) with a message: they may read it, the form is not theirs.
   */
  private void notYours(String page) throws IOException {
    messages.infoAfterRedirect("directory.edit.notYours");
    FacesContext.getCurrentInstance().getExternalContext().redirect(nav.url(page));
  }

  public void save() throws IOException {
    Set<String> chosenTerms = new LinkedHashSet<>(domains);
    chosenTerms.addAll(issues);
    chosenTerms.addAll(roles);
    Set<String> areas = new LinkedHashSet<>(municipalities);
    if (otherMunicipalities != null) {
      for (String code : otherMunicipalities.trim().split("[\\s,;]+")) {
        if (!code.isBlank()) {
          areas.add(code.trim().toUpperCase(Locale.ROOT));
        }
      }
    }
    List<ServiceDraft.PhoneDraft> phones = new ArrayList<>(keptPhones);
    if (phone != null && !phone.isBlank()) {
      phones.add(0, new ServiceDraft.PhoneDraft(null, phone, Phone.Kind.VOICE, null, false));
    }
    ServiceDraft draft =
        new ServiceDraft(
            organisationId,
            name,
            alternateName,
            description,
            url,
            email,
            chatUrl,
            ServiceStatus.valueOf(status),
            AgeGroup.valueOf(ageGroup),
            minAge,
            maxAge,
            eligibility,
            acceptsReferrals,
            waitingWeeks,
            costFree,
            costDescription,
            chosenTerms,
            areas,
            Set.copyOf(languages),
            phones,
            keptContacts,
            keptSchedules,
            keptLocations);
    long saved;
    try {
      if (serviceId == null) {
        saved = directory.create(draft);
        messages.infoAfterRedirect("directory.edit.created", name);
      } else {
        saved = directory.update(serviceId, version, draft).id();
        messages.infoAfterRedirect("directory.edit.saved", name);
      }
    } catch (InvalidInputException e) {
      for (Violation v : e.violations()) {
        // the terms are chosen in three lists; their rule shows at the life domains
        messages.violation(
            "edit",
            "terms".equals(v.field()) ? Violation.of("domains", v.key(), v.args().toArray()) : v);
      }
      return;
    } catch (ConflictException e) {
      messages.error(null, "directory.edit.stale");
      return;
    }
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .redirect(nav.url("directory/services/" + saved));
  }

  // ---- choices

  private DirectoryTerms.Vocabulary vocabulary() {
    return terms.of(tenant.require().value());
  }

  public List<SelectItem> getDomainOptions() {
    Locale l = messages.locale();
    return vocabulary().of(Taxonomy.LIFE_DOMAIN).stream()
        .sorted(Comparator.comparingInt(DirectoryTerm::sortOrder))
        .map(t -> new SelectItem(t.code(), t.name(l)))
        .toList();
  }

  /** The issues, grouped by their life domain. */
  public List<SelectItem> getIssueOptions() {
    return grouped(Taxonomy.ISSUE);
  }

  /** The professional roles, grouped by their life domain. */
  public List<SelectItem> getRoleOptions() {
    return grouped(Taxonomy.ROLE);
  }

  private List<SelectItem> grouped(Taxonomy taxonomy) {
    Locale l = messages.locale();
    DirectoryTerms.Vocabulary v = vocabulary();
    List<SelectItem> groups = new ArrayList<>();
    for (DirectoryTerm d :
        v.of(Taxonomy.LIFE_DOMAIN).stream()
            .sorted(Comparator.comparingInt(DirectoryTerm::sortOrder))
            .toList()) {
      List<SelectItem> items =
          v.of(taxonomy).stream()
              .filter(t -> d.code().equals(v.domainOf(t)))
              .sorted(Comparator.comparingInt(DirectoryTerm::sortOrder))
              .map(t -> new SelectItem(t.code(), t.name(l)))
              .toList();
      if (!items.isEmpty()) {
        groups.add(new SelectItemGroup(d.name(l), null, false, items.toArray(SelectItem[]::new)));
      }
    }
    return groups;
  }

  public List<SelectItem> getMunicipalityOptions() {
    return regions.municipalitiesOf(tenant.require(), LocalDate.now()).stream()
        .sorted(Comparator.comparing(Municipality::name))
        .map(m -> new SelectItem(m.code().value(), m.name()))
        .toList();
  }

  private Set<String> regionCodes() {
    Set<String> codes = new java.util.HashSet<>();
    regions
        .municipalitiesOf(tenant.require(), LocalDate.now())
        .forEach(m -> codes.add(m.code().value()));
    return codes;
  }

  public List<SelectItem> getLanguageOptions() {
    Locale l = messages.locale();
    return LANGUAGES.stream().map(c -> new SelectItem(c, labels.language(c, l))).toList();
  }

  public List<SelectItem> getStatusOptions() {
    List<SelectItem> out = new ArrayList<>();
    for (ServiceStatus s : ServiceStatus.values()) {
      out.add(new SelectItem(s.name(), messages.text("directory.status." + s.name())));
    }
    return out;
  }

  public List<SelectItem> getAgeGroupOptions() {
    List<SelectItem> out = new ArrayList<>();
    for (AgeGroup g : AgeGroup.values()) {
      out.add(new SelectItem(g.name(), messages.text("directory.ageGroup." + g.name())));
    }
    return out;
  }

  public boolean isNew() {
    return serviceId == null;
  }

  public Long getServiceId() {
    return serviceId;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  // ---- fields

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAlternateName() {
    return alternateName;
  }

  public void setAlternateName(String alternateName) {
    this.alternateName = alternateName;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getChatUrl() {
    return chatUrl;
  }

  public void setChatUrl(String chatUrl) {
    this.chatUrl = chatUrl;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getAgeGroup() {
    return ageGroup;
  }

  public void setAgeGroup(String ageGroup) {
    this.ageGroup = ageGroup;
  }

  public Integer getMinAge() {
    return minAge;
  }

  public void setMinAge(Integer minAge) {
    this.minAge = minAge;
  }

  public Integer getMaxAge() {
    return maxAge;
  }

  public void setMaxAge(Integer maxAge) {
    this.maxAge = maxAge;
  }

  public String getEligibility() {
    return eligibility;
  }

  public void setEligibility(String eligibility) {
    this.eligibility = eligibility;
  }

  public boolean isAcceptsReferrals() {
    return acceptsReferrals;
  }

  public void setAcceptsReferrals(boolean acceptsReferrals) {
    this.acceptsReferrals = acceptsReferrals;
  }

  public Integer getWaitingWeeks() {
    return waitingWeeks;
  }

  public void setWaitingWeeks(Integer waitingWeeks) {
    this.waitingWeeks = waitingWeeks;
  }

  public boolean isCostFree() {
    return costFree;
  }

  public void setCostFree(boolean costFree) {
    this.costFree = costFree;
  }

  public String getCostDescription() {
    return costDescription;
  }

  public void setCostDescription(String costDescription) {
    this.costDescription = costDescription;
  }

  public List<String> getDomains() {
    return domains;
  }

  public void setDomains(List<String> domains) {
    this.domains = domains;
  }

  public List<String> getIssues() {
    return issues;
  }

  public void setIssues(List<String> issues) {
    this.issues = issues;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public List<String> getMunicipalities() {
    return municipalities;
  }

  public void setMunicipalities(List<String> municipalities) {
    this.municipalities = municipalities;
  }

  public String getOtherMunicipalities() {
    return otherMunicipalities;
  }

  public void setOtherMunicipalities(String otherMunicipalities) {
    this.otherMunicipalities = otherMunicipalities;
  }

  public List<String> getLanguages() {
    return languages;
  }

  public void setLanguages(List<String> languages) {
    this.languages = languages;
  }
}
