package nl.regioportal.web.referral;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.regioportal.directory.application.DirectorySearch;
import nl.regioportal.directory.application.DirectoryTerms;
import nl.regioportal.directory.application.ServiceHits;
import nl.regioportal.directory.application.ServiceQuery;
import nl.regioportal.directory.domain.DirectoryTerm;
import nl.regioportal.directory.domain.Taxonomy;
import nl.regioportal.organisation.application.OrganisationService;
import nl.regioportal.organisation.application.OrganisationSummary;
import nl.regioportal.organisation.domain.OrganisationType;
import nl.regioportal.referral.InformationCategory;
import nl.regioportal.referral.application.Referrals;
import nl.regioportal.referral.domain.ConsentGiver;
import nl.regioportal.referral.domain.ConsentObtained;
import nl.regioportal.referral.domain.ReferralDraft;
import nl.regioportal.region.Municipality;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.shared.AccessDeniedException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.Membership;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.web.faces.NavigationView;
import nl.regioportal.web.faces.PageMessages;

/**
 * The guided referral form ({@code /r/{region}/referrals/new}), filled in together with the
 * student, one step at a time: the receiver (an organisation of the region, optionally one of its
 * directory services found by a search within the form: only care partners' services that accept
 * referrals), the student, the reason, the request, the consent, and a summary to check before
 * "save as draft" or "send" (create, then submit).
 *
 * <p>Every step's fields stay in the form (the steps not shown are hidden), so each post keeps all
 * that was typed and a rule the service names ({@code student.birthDate}, {@code consent.givenBy})
 * shows at its own field: the form then opens the step of the first one. The rules themselves are
 * the service's ({@code ReferralRules}); the page only gathers and explains.
 */
@Named
@ViewScoped
public class ReferralFormView implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  /** The steps, in order (1-based in the page). */
  static final List<String> STEPS =
      List.of("receiver", "student", "reason", "request", "consent", "summary");

  /** The preferred channels the service knows. */
  static final List<String> CHANNELS = List.of("PHONE", "EMAIL", "TEXT", "IN_PERSON");

  @Inject transient Referrals referrals;
  @Inject transient DirectorySearch search;
  @Inject transient DirectoryTerms terms;
  @Inject transient OrganisationService organisations;
  @Inject transient RegionDirectory regions;
  @Inject transient TenantContext tenant;
  @Inject transient CurrentCaller caller;
  @Inject NavigationView nav;
  @Inject PageMessages messages;
  @Inject ReferralLabels labels;

  private int step = 1;

  private Long receiverOrganisationId;
  private Long serviceId;
  private String serviceName;
  private Long serviceOrganisationId;
  private String serviceQuery;
  private List<Found> found;

  private String givenName;
  private String familyName;
  private String birthDate;
  private String municipality;
  private String phone;
  private String email;
  private String preferredChannel;

  private List<String> domains = new ArrayList<>();
  private List<String> issues = new ArrayList<>();
  private String reasonText;

  private String urgency = "REGULAR";
  private Integer responseHours;
  private String asked;
  private boolean threeWay;

  private String givenBy = ConsentGiver.STUDENT.name();
  private String guardianName;
  private List<String> categories =
      new ArrayList<>(
          List.of(
              InformationCategory.IDENTITY.name(),
              InformationCategory.RESIDENCE.name(),
              InformationCategory.REASON.name()));
  private String purpose;
  private String validUntil;
  private String obtained = ConsentObtained.IN_PERSON.name();

  /** A service found by the search within the form (serializable, for the view's state). */
  public record Found(
      long id,
      String name,
      long organisationId,
      String organisationName,
      int youngest,
      int oldest,
      Integer waitingWeeks)
      implements Serializable {}

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    validUntil = today().plusMonths(6).toString();
    purpose = messages.text("referral.form.purposeDefault");
  }

  // ---- steps

  public int getStep() {
    return step;
  }

  public List<String> getSteps() {
    return STEPS;
  }

  /** The step's number (1-based) of a step name. */
  public int number(String name) {
    return STEPS.indexOf(name) + 1;
  }

  public boolean isShown(String name) {
    return number(name) == step;
  }

  public void next() {
    step = Math.min(STEPS.size(), step + 1);
  }

  public void back() {
    step = Math.max(1, step - 1);
  }

  /** Opens a step from the list of steps. */
  public void go(int to) {
    step = Math.max(1, Math.min(STEPS.size(), to));
  }

  // ---- receiver

  /** Searches the directory for services of care partners that take referrals. */
  public void searchServices() {
    Integer age = ageOrNull();
    try {
      ServiceHits hits =
          search.search(
              new ServiceQuery(
                  serviceQuery,
                  Set.of(),
                  Set.of(),
                  Set.of(),
                  municipality == null || municipality.isBlank() ? null : municipality,
                  age,
                  null,
                  Boolean.TRUE,
                  1,
                  10));
      Set<Long> carePartners = new HashSet<>();
      for (OrganisationSummary o : organisations.activeByName()) {
        if (o.type() == OrganisationType.CARE_PARTNER) {
          carePartners.add(o.id());
        }
      }
      found = new ArrayList<>();
      for (ServiceHits.Hit h : hits.items()) {
        if (h.acceptsReferrals() && carePartners.contains(h.organisationId())) {
          found.add(
              new Found(
                  h.id(),
                  h.name(),
                  h.organisationId(),
                  h.organisationName(),
                  h.youngest(),
                  h.oldest(),
                  h.waitingWeeks()));
        }
      }
    } catch (InvalidInputException e) {
      found = List.of();
      for (Violation v : e.violations()) {
        messages.violation("referral", Violation.of("serviceQuery", v.key(), v.args().toArray()));
      }
    }
  }

  /** Chooses a found service: its organisation becomes the receiver. */
  public void choose(long id) {
    if (found == null) {
      return;
    }
    for (Found f : found) {
      if (f.id() == id) {
        serviceId = f.id();
        serviceName = f.name();
        serviceOrganisationId = f.organisationId();
        receiverOrganisationId = f.organisationId();
        messages.info("referral.form.serviceChosen", f.name(), f.organisationName());
        return;
      }
    }
  }

  /** Leaves the service out (the organisation stays the receiver). */
  public void clearService() {
    serviceId = null;
    serviceName = null;
    serviceOrganisationId = null;
  }

  public List<Found> getFound() {
    return found;
  }

  /** The region's active organisations but the caller's own: care partners first. */
  public List<SelectItem> getReceiverOptions() {
    Set<Long> own = ownOrganisations();
    Map<OrganisationType, List<SelectItem>> byType = new LinkedHashMap<>();
    for (OrganisationType t :
        List.of(
            OrganisationType.CARE_PARTNER,
            OrganisationType.MUNICIPALITY,
            OrganisationType.SCHOOL,
            OrganisationType.OTHER)) {
      byType.put(t, new ArrayList<>());
    }
    for (OrganisationSummary o : organisations.activeByName()) {
      if (!own.contains(o.id())) {
        byType.get(o.type()).add(new SelectItem(o.id(), o.name()));
      }
    }
    List<SelectItem> out = new ArrayList<>();
    out.add(new SelectItem(null, messages.text("referral.form.chooseReceiver")));
    byType.forEach(
        (t, items) -> {
          if (!items.isEmpty()) {
            out.add(
                new SelectItemGroup(
                    messages.text("type." + t.name()),
                    null,
                    false,
                    items.toArray(SelectItem[]::new)));
          }
        });
    return out;
  }

  public String getReceiverName() {
    if (receiverOrganisationId == null) {
      return null;
    }
    return organisations.activeByName().stream()
        .filter(o -> o.id() == receiverOrganisationId)
        .map(OrganisationSummary::name)
        .findFirst()
        .orElse(String.valueOf(receiverOrganisationId));
  }

  private Set<Long> ownOrganisations() {
    Set<Long> own = new HashSet<>();
    for (Membership m : caller.memberships()) {
      if (m.region().equals(tenant.require()) && m.organisationId() != null) {
        own.add(m.organisationId());
      }
    }
    return own;
  }

  // ---- choices

  public List<SelectItem> getMunicipalityOptions() {
    List<SelectItem> out = new ArrayList<>();
    out.add(new SelectItem("", messages.text("referral.form.chooseMunicipality")));
    regions.municipalitiesOf(tenant.require(), today()).stream()
        .sorted(Comparator.comparing(Municipality::name))
        .forEach(m -> out.add(new SelectItem(m.code().value(), m.name())));
    return out;
  }

  public List<SelectItem> getChannelOptions() {
    List<SelectItem> out = new ArrayList<>();
    out.add(new SelectItem("", messages.text("referral.form.noChannel")));
    for (String c : CHANNELS) {
      out.add(new SelectItem(c, labels.code("channel", c)));
    }
    return out;
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
    Locale l = messages.locale();
    DirectoryTerms.Vocabulary v = vocabulary();
    List<SelectItem> groups = new ArrayList<>();
    for (DirectoryTerm d :
        v.of(Taxonomy.LIFE_DOMAIN).stream()
            .sorted(Comparator.comparingInt(DirectoryTerm::sortOrder))
            .toList()) {
      List<SelectItem> items =
          v.of(Taxonomy.ISSUE).stream()
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

  public List<SelectItem> getUrgencyOptions() {
    return List.of(
        new SelectItem("REGULAR", labels.code("urgency", "REGULAR")),
        new SelectItem("URGENT", labels.code("urgency", "URGENT")));
  }

  public List<SelectItem> getGivenByOptions() {
    List<SelectItem> out = new ArrayList<>();
    for (ConsentGiver g : ConsentGiver.values()) {
      out.add(new SelectItem(g.name(), labels.code("givenBy", g.name())));
    }
    return out;
  }

  /** The information categories, each explained in plain words. */
  public List<SelectItem> getCategoryOptions() {
    List<SelectItem> out = new ArrayList<>();
    for (InformationCategory c : InformationCategory.values()) {
      out.add(
          new SelectItem(
              c.name(),
              labels.code("category", c.name())
                  + ": "
                  + messages.text("referral.category." + c.name() + ".explained")));
    }
    return out;
  }

  public List<SelectItem> getObtainedOptions() {
    List<SelectItem> out = new ArrayList<>();
    for (ConsentObtained o : ConsentObtained.values()) {
      out.add(new SelectItem(o.name(), labels.code("obtained", o.name())));
    }
    return out;
  }

  private DirectoryTerms.Vocabulary vocabulary() {
    return terms.of(tenant.require().value());
  }

  // ---- saving

  /** Saves the referral as a draft and opens it. */
  public void saveDraft() throws IOException {
    save(false);
  }

  /** Saves the referral and sends it at once, then opens it. */
  public void send() throws IOException {
    save(true);
  }

  private void save(boolean submit) throws IOException {
    Referrals.Created created;
    try {
      created = referrals.create(draft());
    } catch (InvalidInputException e) {
      int first = STEPS.size();
      for (Violation v : e.violations()) {
        messages.violation("referral", v);
        first = Math.min(first, stepOf(v.field()));
      }
      step = first;
      return;
    } catch (AccessDeniedException e) {
      messages.error(null, "referral.form.notASender");
      return;
    }
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().getFlash().setKeepMessages(true);
    for (Violation w : created.warnings()) {
      messages.warning(w);
    }
    if (submit) {
      try {
        referrals.submit(created.id());
        messages.info("referral.form.sent", getReceiverName());
      } catch (InvalidInputException e) {
        messages.error(null, "referral.form.savedNotSent");
        for (Violation v : e.violations()) {
          messages.violation(null, v);
        }
      }
    } else {
      messages.info("referral.form.saved");
    }
    context.getExternalContext().redirect(nav.url("referrals/" + created.id()));
  }

  /** The step that holds a field the service named. */
  static int stepOf(String field) {
    if (field == null) {
      return STEPS.size();
    }
    if (field.equals("receiverOrganisationId") || field.equals("serviceId")) {
      return 1;
    }
    if (field.startsWith("student.")) {
      return 2;
    }
    if (field.startsWith("reason.")) {
      return 3;
    }
    if (field.equals("urgency") || field.equals("responseHours") || field.equals("asked")) {
      return 4;
    }
    if (field.startsWith("consent.")) {
      return 5;
    }
    return STEPS.size();
  }

  ReferralDraft draft() {
    return new ReferralDraft(
        receiverOrganisationId,
        serviceId,
        givenName,
        familyName,
        birthDate,
        municipality,
        phone,
        email,
        preferredChannel,
        List.copyOf(domains),
        List.copyOf(issues),
        reasonText,
        asked,
        urgency,
        "URGENT".equals(urgency) ? responseHours : null,
        threeWay,
        new ReferralDraft.ConsentDraft(
            givenBy,
            ConsentGiver.STUDENT_AND_GUARDIAN.name().equals(givenBy) ? guardianName : null,
            List.copyOf(categories),
            purpose,
            validUntil,
            obtained));
  }

  // ---- the summary

  /** The student's age today, from what was typed; null while no valid date is there. */
  public Integer ageOrNull() {
    if (birthDate == null || birthDate.isBlank()) {
      return null;
    }
    try {
      return java.time.Period.between(LocalDate.parse(birthDate.strip()), today()).getYears();
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  public String getMunicipalityName() {
    return labels.municipality(municipality);
  }

  public String termsOf(List<String> codes) {
    return String.join(", ", codes.stream().map(labels::term).toList());
  }

  public String categoriesOf(List<String> codes) {
    return String.join(", ", codes.stream().map(c -> labels.code("category", c)).toList());
  }

  private static LocalDate today() {
    return LocalDate.now(NL);
  }

  // ---- fields

  public Long getReceiverOrganisationId() {
    return receiverOrganisationId;
  }

  public void setReceiverOrganisationId(Long receiverOrganisationId) {
    // a service belongs to its organisation: another receiver drops it
    if (serviceOrganisationId != null && !serviceOrganisationId.equals(receiverOrganisationId)) {
      clearService();
    }
    this.receiverOrganisationId = receiverOrganisationId;
  }

  public Long getServiceId() {
    return serviceId;
  }

  public String getServiceName() {
    return serviceName;
  }

  public String getServiceQuery() {
    return serviceQuery;
  }

  public void setServiceQuery(String serviceQuery) {
    this.serviceQuery = serviceQuery;
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public String getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(String birthDate) {
    this.birthDate = birthDate;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPreferredChannel() {
    return preferredChannel;
  }

  public void setPreferredChannel(String preferredChannel) {
    this.preferredChannel = preferredChannel;
  }

  public List<String> getDomains() {
    return domains;
  }

  public void setDomains(List<String> domains) {
    this.domains = domains == null ? new ArrayList<>() : domains;
  }

  public List<String> getIssues() {
    return issues;
  }

  public void setIssues(List<String> issues) {
    this.issues = issues == null ? new ArrayList<>() : issues;
  }

  public String getReasonText() {
    return reasonText;
  }

  public void setReasonText(String reasonText) {
    this.reasonText = reasonText;
  }

  public String getUrgency() {
    return urgency;
  }

  public void setUrgency(String urgency) {
    this.urgency = urgency;
  }

  public Integer getResponseHours() {
    return responseHours;
  }

  public void setResponseHours(Integer responseHours) {
    this.responseHours = responseHours;
  }

  public String getAsked() {
    return asked;
  }

  public void setAsked(String asked) {
    this.asked = asked;
  }

  public boolean isThreeWay() {
    return threeWay;
  }

  public void setThreeWay(boolean threeWay) {
    this.threeWay = threeWay;
  }

  public String getGivenBy() {
    return givenBy;
  }

  public void setGivenBy(String givenBy) {
    this.givenBy = givenBy;
  }

  public String getGuardianName() {
    return guardianName;
  }

  public void setGuardianName(String guardianName) {
    this.guardianName = guardianName;
  }

  public List<String> getCategories() {
    return categories;
  }

  public void setCategories(List<String> categories) {
    this.categories = categories == null ? new ArrayList<>() : categories;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(String validUntil) {
    this.validUntil = validUntil;
  }

  public String getObtained() {
    return obtained;
  }

  public void setObtained(String obtained) {
    this.obtained = obtained;
  }
}
