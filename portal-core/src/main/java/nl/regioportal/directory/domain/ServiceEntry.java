package nl.regioportal.directory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.regioportal.tenant.persistence.TenantOwned;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A service of one of the region's member organisations: what it does, for whom (life domains,
 * issues, roles, ages, municipalities), how to reach it, and when and by whom it was last verified.
 *
 * <p>Invariants: built and changed only from {@link ServiceRules.Valid} values; every change is
 * returned field by field ({@link #revise}) so the application keeps it as the entry's history.
 * Services are made inactive or defunct, never deleted: referrals will point at them.
 */
@Entity
@Table(name = "directory_service")
public class ServiceEntry extends TenantOwned {

  /** An entry not verified for this long is stale: flagged, and its organisation reminded. */
  public static final Duration STALE_AFTER = Duration.ofDays(183);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "public_id", nullable = false, length = 36)
  private String publicId;

  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "alternate_name", length = 200)
  private String alternateName;

  @Column(name = "description", nullable = false, length = 4000)
  private String description;

  @Column(name = "url", length = 300)
  private String url;

  @Column(name = "email", length = 200)
  private String email;

  @Column(name = "chat_url", length = 300)
  private String chatUrl;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ServiceStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "age_group", nullable = false, length = 10)
  private AgeGroup ageGroup;

  @Column(name = "min_age")
  private Integer minAge;

  @Column(name = "max_age")
  private Integer maxAge;

  @Column(name = "eligibility", length = 2000)
  private String eligibility;

  @Column(name = "accepts_referrals", nullable = false)
  private boolean acceptsReferrals;

  @Column(name = "waiting_weeks")
  private Integer waitingWeeks;

  @Column(name = "cost_free", nullable = false)
  private boolean costFree;

  @Column(name = "cost_description", length = 500)
  private String costDescription;

  @Column(name = "verified_at")
  private LocalDateTime verifiedAt;

  @Column(name = "verified_by", length = 100)
  private String verifiedBy;

  @Column(name = "reminded_at")
  private LocalDateTime remindedAt;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @ElementCollection
  @CollectionTable(name = "directory_service_term", joinColumns = @JoinColumn(name = "service_id"))
  @Column(name = "term_code", length = 60)
  @BatchFetch(BatchFetchType.IN)
  private Set<String> terms = new TreeSet<>();

  @ElementCollection
  @CollectionTable(name = "directory_service_area", joinColumns = @JoinColumn(name = "service_id"))
  @Column(name = "municipality_code", length = 6)
  @BatchFetch(BatchFetchType.IN)
  private Set<String> municipalities = new TreeSet<>();

  @ElementCollection
  @CollectionTable(
      name = "directory_service_language",
      joinColumns = @JoinColumn(name = "service_id"))
  @Column(name = "language", length = 8)
  @BatchFetch(BatchFetchType.IN)
  private Set<String> languages = new TreeSet<>();

  @ElementCollection
  @CollectionTable(name = "directory_phone", joinColumns = @JoinColumn(name = "service_id"))
  @OrderColumn(name = "seq")
  @BatchFetch(BatchFetchType.IN)
  private List<Phone> phones = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "directory_contact", joinColumns = @JoinColumn(name = "service_id"))
  @OrderColumn(name = "seq")
  @BatchFetch(BatchFetchType.IN)
  private List<Contact> contacts = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "directory_schedule", joinColumns = @JoinColumn(name = "service_id"))
  @OrderColumn(name = "seq")
  @BatchFetch(BatchFetchType.IN)
  private List<ScheduleLine> schedules = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "directory_service_location",
      joinColumns = @JoinColumn(name = "service_id"))
  @BatchFetch(BatchFetchType.IN)
  private Set<ServiceLocationLink> locations = new java.util.LinkedHashSet<>();

  protected ServiceEntry() {}

  /** A new entry; whoever creates it has verified it at that moment. */
  public ServiceEntry(ServiceRules.Valid values, String by) {
    this.publicId = UUID.randomUUID().toString();
    apply(values);
    this.createdAt = now();
    this.updatedAt = createdAt;
    this.updatedBy = Objects.requireNonNull(by);
    this.verifiedAt = createdAt;
    this.verifiedBy = by;
  }

  /** An entry with a given HSDS id (an import keeps the ids of its package). */
  public ServiceEntry(String publicId, ServiceRules.Valid values, String by) {
    this(values, by);
    this.publicId = Objects.requireNonNull(publicId);
  }

  /**
   * Replaces the editable values; returns what changed, field by field (old and new value as text),
   * empty when nothing did. A revision is also a verification by its author.
   */
  public Map<String, String[]> revise(ServiceRules.Valid values, String by) {
    Map<String, String> before = snapshot();
    apply(values);
    Map<String, String> after = snapshot();
    Map<String, String[]> changes = new LinkedHashMap<>();
    for (var e : after.entrySet()) {
      String old = before.get(e.getKey());
      if (!Objects.equals(old, e.getValue())) {
        changes.put(e.getKey(), new String[] {old, e.getValue()});
      }
    }
    if (!changes.isEmpty()) {
      this.updatedAt = now();
      this.updatedBy = by;
    }
    verify(by);
    return changes;
  }

  /** Someone of the organisation (or a coordinator) confirms the entry is still right. */
  public void verify(String by) {
    this.verifiedAt = now();
    this.verifiedBy = Objects.requireNonNull(by);
    this.remindedAt = null;
  }

  /** Whether the entry was last verified longer ago than {@link #STALE_AFTER} before {@code at}. */
  public boolean staleAt(LocalDateTime at) {
    return stale(verifiedAt, at);
  }

  /** The staleness rule: never verified, or verified longer ago than {@link #STALE_AFTER}. */
  public static boolean stale(LocalDateTime verifiedAt, LocalDateTime at) {
    return verifiedAt == null || verifiedAt.plus(STALE_AFTER).isBefore(at);
  }

  /**
   * Whether the organisation is due a reminder for this entry at {@code at}: see {@link
   * #dueForReminder(LocalDateTime, LocalDateTime, LocalDateTime)}.
   */
  public boolean dueForReminderAt(LocalDateTime at) {
    return status == ServiceStatus.ACTIVE && dueForReminder(verifiedAt, remindedAt, at);
  }

  /**
   * The reminder rule: once per stale period. An entry is due when it is stale at {@code at} and
   * its organisation was not reminded since it was last verified (never reminded, or reminded
   * before that verification). A reminded entry stays quiet until someone verifies it and it goes
   * stale again. An entry never verified is reminded once.
   */
  public static boolean dueForReminder(
      LocalDateTime verifiedAt, LocalDateTime remindedAt, LocalDateTime at) {
    return stale(verifiedAt, at)
        && (remindedAt == null || (verifiedAt != null && remindedAt.isBefore(verifiedAt)));
  }

  /**
   * The organisation was reminded to verify the entry (once per stale period: {@link
   * #dueForReminder}). Refused when it is not due, so a reminder is never recorded twice.
   */
  public void reminded(LocalDateTime at) {
    if (!dueForReminderAt(at)) {
      throw new IllegalStateException("Service " + id + " is not due a reminder at " + at);
    }
    this.remindedAt = at;
  }

  /** Sets the waiting time alone (the quick edit a care worker makes most often). */
  public Map<String, String[]> waitingTime(Integer weeks, String by) {
    String old = weeks(waitingWeeks);
    this.waitingWeeks = weeks;
    this.updatedAt = now();
    this.updatedBy = by;
    verify(by);
    return Objects.equals(old, weeks(weeks))
        ? Map.of()
        : Map.of("waitingWeeks", new String[] {old, weeks(weeks)});
  }

  private static String weeks(Integer w) {
    return w == null ? null : String.valueOf(w);
  }

  /** Every field a person edits, as text, in a fixed order: what the history compares. */
  public Map<String, String> snapshot() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("organisationId", String.valueOf(organisationId));
    m.put("name", name);
    m.put("alternateName", alternateName);
    m.put("description", description);
    m.put("url", url);
    m.put("email", email);
    m.put("chatUrl", chatUrl);
    m.put("status", status == null ? null : status.name());
    m.put("ageGroup", ageGroup == null ? null : ageGroup.name());
    m.put("minAge", minAge == null ? null : String.valueOf(minAge));
    m.put("maxAge", maxAge == null ? null : String.valueOf(maxAge));
    m.put("eligibility", eligibility);
    m.put("acceptsReferrals", String.valueOf(acceptsReferrals));
    m.put("waitingWeeks", weeks(waitingWeeks));
    m.put("costFree", String.valueOf(costFree));
    m.put("costDescription", costDescription);
    m.put("terms", String.join(", ", terms));
    m.put("municipalities", String.join(", ", municipalities));
    m.put("languages", String.join(", ", languages));
    m.put("phones", String.join("; ", phones.stream().map(Phone::toString).toList()));
    m.put("contacts", String.join("; ", contacts.stream().map(Contact::toString).toList()));
    m.put("schedules", String.join("; ", schedules.stream().map(ScheduleLine::toString).toList()));
    m.put(
        "locations",
        String.join(
            ", ", locations.stream().map(l -> String.valueOf(l.locationId())).sorted().toList()));
    return m;
  }

  private void apply(ServiceRules.Valid v) {
    Objects.requireNonNull(v, "values are required");
    this.organisationId = v.organisationId();
    this.name = v.name();
    this.alternateName = v.alternateName();
    this.description = v.description();
    this.url = v.url();
    this.email = v.email();
    this.chatUrl = v.chatUrl();
    this.status = v.status();
    this.ageGroup = v.ageGroup();
    this.minAge = v.minAge();
    this.maxAge = v.maxAge();
    this.eligibility = v.eligibility();
    this.acceptsReferrals = v.acceptsReferrals();
    this.waitingWeeks = v.waitingWeeks();
    this.costFree = v.costFree();
    this.costDescription = v.costDescription();
    replace(terms, v.terms());
    replace(municipalities, v.municipalities());
    replace(languages, v.languages());
    this.phones.clear();
    this.phones.addAll(v.phones());
    this.contacts.clear();
    this.contacts.addAll(v.contacts());
    this.schedules.clear();
    this.schedules.addAll(v.schedules());
    Map<Long, ServiceLocationLink> kept = new LinkedHashMap<>();
    for (ServiceLocationLink l : locations) {
      kept.put(l.locationId(), l);
    }
    this.locations.clear();
    for (Long id : v.locationIds()) {
      ServiceLocationLink old = kept.get(id);
      this.locations.add(
          old != null ? old : new ServiceLocationLink(id, UUID.randomUUID().toString()));
    }
  }

  private static void replace(Set<String> target, Set<String> values) {
    if (!target.equals(values)) {
      target.clear();
      target.addAll(values);
    }
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String publicId() {
    return publicId;
  }

  public long organisationId() {
    return organisationId;
  }

  public String name() {
    return name;
  }

  public String alternateName() {
    return alternateName;
  }

  public String description() {
    return description;
  }

  public String url() {
    return url;
  }

  public String email() {
    return email;
  }

  public String chatUrl() {
    return chatUrl;
  }

  public ServiceStatus status() {
    return status;
  }

  public AgeGroup ageGroup() {
    return ageGroup;
  }

  /** The youngest age served: the given one, else the group's. */
  public int youngest() {
    return minAge != null ? minAge : ageGroup.youngest();
  }

  /** The oldest age served: the given one, else the group's. */
  public int oldest() {
    return maxAge != null ? maxAge : ageGroup.oldest();
  }

  public Integer minAge() {
    return minAge;
  }

  public Integer maxAge() {
    return maxAge;
  }

  public String eligibility() {
    return eligibility;
  }

  public boolean acceptsReferrals() {
    return acceptsReferrals;
  }

  public Integer waitingWeeks() {
    return waitingWeeks;
  }

  public boolean costFree() {
    return costFree;
  }

  public String costDescription() {
    return costDescription;
  }

  public LocalDateTime verifiedAt() {
    return verifiedAt;
  }

  public String verifiedBy() {
    return verifiedBy;
  }

  public LocalDateTime remindedAt() {
    return remindedAt;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Set<String> terms() {
    return java.util.Collections.unmodifiableSet(terms);
  }

  public Set<String> municipalities() {
    return java.util.Collections.unmodifiableSet(municipalities);
  }

  public Set<String> languages() {
    return java.util.Collections.unmodifiableSet(languages);
  }

  public List<Phone> phones() {
    return java.util.Collections.unmodifiableList(phones);
  }

  public List<Contact> contacts() {
    return java.util.Collections.unmodifiableList(contacts);
  }

  public List<ScheduleLine> schedules() {
    return java.util.Collections.unmodifiableList(schedules);
  }

  public Set<ServiceLocationLink> locations() {
    return java.util.Collections.unmodifiableSet(locations);
  }
}
