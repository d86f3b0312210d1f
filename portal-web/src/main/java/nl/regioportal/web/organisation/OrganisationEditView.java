package nl.regioportal.web.organisation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.regioportal.organisation.application.OrganisationDetails;
import nl.regioportal.organisation.application.OrganisationService;
import nl.regioportal.organisation.domain.LocationDraft;
import nl.regioportal.organisation.domain.OrganisationDraft;
import nl.regioportal.organisation.domain.OrganisationType;
import nl.regioportal.region.Municipality;
import nl.regioportal.region.Region;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.web.faces.NavigationView;
import nl.regioportal.web.faces.PageMessages;
import nl.regioportal.web.faces.RecordPage;

/** Creates or edits one organisation ({@code /r/{region}/organisations/new} or {@code /{id}}). */
@Named
@ViewScoped
public class OrganisationEditView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OrganisationService service;
  @Inject RegionDirectory regions;
  @Inject TenantContext tenant;
  @Inject PageMessages messages;
  @Inject NavigationView nav;

  private Long id;
  private long version;
  private boolean active = true;
  private OrganisationType type = OrganisationType.SCHOOL;
  private String name;
  private String brin;
  private String cbsCode;
  private String kvkNumber;
  private String email;
  private String phone;
  private String website;
  private List<LocationRow> locations = new ArrayList<>();
  private List<String> servedMunicipalities = new ArrayList<>();
  private List<String> alsoInRegions = new ArrayList<>();

  /** One editable location line. */
  public static class LocationRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String label;
    private String street;
    private String postalCode;
    private String city;

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }

    public String getStreet() {
      return street;
    }

    public void setStreet(String street) {
      this.street = street;
    }

    public String getPostalCode() {
      return postalCode;
    }

    public void setPostalCode(String postalCode) {
      this.postalCode = postalCode;
    }

    public String getCity() {
      return city;
    }

    public void setCity(String city) {
      this.city = city;
    }
  }

  /** The page's view action; an organisation that is not there answers 404. */
  public void load() {
    Long recordId = RecordPage.recordId();
    if (recordId == null) {
      return;
    }
    OrganisationDetails d = service.get(recordId);
    id = d.id();
    version = d.version();
    active = d.active();
    type = d.type();
    name = d.name();
    brin = d.brin();
    cbsCode = d.cbsCode();
    kvkNumber = d.kvkNumber();
    email = d.email();
    phone = d.phone();
    website = d.website();
    d.locations()
        .forEach(
            l -> {
              LocationRow row = new LocationRow();
              row.label = l.label();
              row.street = l.street();
              row.postalCode = l.postalCode();
              row.city = l.city();
              locations.add(row);
            });
    servedMunicipalities = new ArrayList<>(d.servedMunicipalities());
    alsoInRegions = new ArrayList<>(d.alsoInRegions());
  }

  public void addLocation() {
    locations.add(new LocationRow());
  }

  public void removeLocation(LocationRow row) {
    locations.remove(row);
  }

  public void save() throws IOException {
    OrganisationDraft draft =
        new OrganisationDraft(
            type,
            name,
            brin,
            cbsCode,
            kvkNumber,
            email,
            phone,
            website,
            locations.stream()
                .filter(this::notEmpty)
                .map(l -> new LocationDraft(l.label, l.street, l.postalCode, l.city))
                .toList(),
            Set.copyOf(servedMunicipalities),
            Set.copyOf(alsoInRegions));
    long savedId;
    if (id == null) {
      savedId = service.create(draft);
      messages.infoAfterRedirect("organisation.created", name);
    } else {
      savedId = service.update(id, version, draft).id();
      messages.infoAfterRedirect("organisation.saved", name);
    }
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .redirect(nav.url("organisations/" + savedId));
  }

  private boolean notEmpty(LocationRow l) {
    return !(blank(l.label) && blank(l.street) && blank(l.postalCode) && blank(l.city));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Municipalities to choose from: the region's today, plus any already chosen elsewhere. */
  public List<Municipality> getMunicipalityOptions() {
    var options = new java.util.LinkedHashMap<String, Municipality>();
    regions
        .municipalitiesOf(tenant.require(), LocalDate.now())
        .forEach(m -> options.put(m.code().value(), m));
    for (String code : servedMunicipalities) {
      nl.regioportal.tenant.MunicipalityCode.parseLenient(code)
          .flatMap(regions::municipality)
          .ifPresent(m -> options.putIfAbsent(m.code().value(), m));
    }
    return List.copyOf(options.values());
  }

  /** The municipalities the organisation serves, by name (the read-only view). */
  public List<Municipality> getServed() {
    return servedMunicipalities.stream()
        .map(nl.regioportal.tenant.MunicipalityCode::parseLenient)
        .flatMap(java.util.Optional::stream)
        .map(regions::municipality)
        .flatMap(java.util.Optional::stream)
        .sorted(java.util.Comparator.comparing(Municipality::name))
        .toList();
  }

  /** The other regions the organisation is a member of, by label (the read-only view). */
  public List<String> getAlsoInRegionLabels() {
    return regions.all().stream()
        .filter(r -> alsoInRegions.contains(r.code().value()))
        .map(Region::label)
        .toList();
  }

  public List<Municipality> getAllMunicipalities() {
    return regions.allMunicipalities();
  }

  public List<Region> getRegionOptions() {
    return regions.all().stream().filter(r -> !r.code().equals(tenant.require())).toList();
  }

  public OrganisationType[] getTypes() {
    return OrganisationType.values();
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public boolean isActive() {
    return active;
  }

  public OrganisationType getType() {
    return type;
  }

  public void setType(OrganisationType type) {
    this.type = type;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getBrin() {
    return brin;
  }

  public void setBrin(String brin) {
    this.brin = brin;
  }

  public String getCbsCode() {
    return cbsCode;
  }

  public void setCbsCode(String cbsCode) {
    this.cbsCode = cbsCode;
  }

  public String getKvkNumber() {
    return kvkNumber;
  }

  public void setKvkNumber(String kvkNumber) {
    this.kvkNumber = kvkNumber;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public List<LocationRow> getLocations() {
    return locations;
  }

  public List<String> getServedMunicipalities() {
    return servedMunicipalities;
  }

  public void setServedMunicipalities(List<String> servedMunicipalities) {
    this.servedMunicipalities = servedMunicipalities;
  }

  public List<String> getAlsoInRegions() {
    return alsoInRegions;
  }

  public void setAlsoInRegions(List<String> alsoInRegions) {
    this.alsoInRegions = alsoInRegions;
  }
}
