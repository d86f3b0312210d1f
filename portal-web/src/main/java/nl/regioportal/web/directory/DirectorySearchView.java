package nl.regioportal.web.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportal.directory.application.DirectorySearch;
import nl.regioportal.directory.application.ServiceHits;
import nl.regioportal.directory.application.ServiceQuery;
import nl.regioportal.region.Municipality;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.web.i18n.Texts;

/**
 * The directory's search page: a plain GET form (so a search is a link one can keep, share and go
 * back to), results with their reasons, and per filter the values with their counts. The region's
 * municipalities are offered first for "where the student lives".
 */
@Named
@RequestScoped
public class DirectorySearchView {

  static final int PAGE_SIZE = 20;

  @Inject DirectorySearch search;
  @Inject DirectoryLabels labels;
  @Inject RegionDirectory regions;
  @Inject TenantContext tenant;
  @Inject nl.regioportal.tenant.CurrentCaller caller;

  private String q;
  private String municipality;
  private String age;
  private Set<String> domains = new LinkedHashSet<>();
  private Set<String> issues = new LinkedHashSet<>();
  private boolean acceptsReferrals;
  private int page = 1;
  private ServiceHits hits;
  private List<String> problems = List.of();

  /** The organisation the caller acts for in this region (its entries page), or null. */
  public Long getOwnOrganisation() {
    for (nl.regioportal.tenant.Membership m : caller.memberships()) {
      if (m.region().equals(tenant.require()) && m.organisationId() != null) {
        return m.organisationId();
      }
    }
    return null;
  }

  /** One value of a filter, with its count among the hits and whether it is chosen. */
  public record Option(String code, String label, int count, boolean chosen) {}

  /** Reads the form's parameters and searches; a mistake is shown beside the form. */
  public void load() {
    Map<String, String[]> p =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
    q = first(p, "q");
    municipality = first(p, "municipality");
    age = first(p, "age");
    domains = set(p, "domain");
    issues = set(p, "issue");
    String referrals = first(p, "acceptsReferrals");
    acceptsReferrals = "true".equals(referrals) || "on".equals(referrals);
    Integer ageValue = null;
    List<String> wrong = new ArrayList<>();
    if (age != null) {
      try {
        ageValue = Integer.valueOf(age);
      } catch (NumberFormatException e) {
        wrong.add(Texts.text(locale(), "api.number.invalid", age));
      }
    }
    try {
      page = Math.max(1, Integer.parseInt(String.valueOf(first(p, "page"))));
    } catch (NumberFormatException e) {
      page = 1;
    }
    if (!wrong.isEmpty()) {
      problems = wrong;
      return;
    }
    try {
      hits =
          search.search(
              new ServiceQuery(
                  q,
                  domains,
                  issues,
                  null,
                  municipality,
                  ageValue,
                  null,
                  acceptsReferrals ? Boolean.TRUE : null,
                  page,
                  PAGE_SIZE));
    } catch (InvalidInputException e) {
      problems = e.violations().stream().map(v -> Texts.text(locale(), v)).toList();
    }
  }

  public boolean isSearched() {
    return hits != null;
  }

  public List<ServiceHits.Hit> getItems() {
    return hits == null ? List.of() : hits.items();
  }

  public long getTotal() {
    return hits == null ? 0 : hits.total();
  }

  public List<String> getProblems() {
    return problems;
  }

  /** The life domains with their counts (all nine, chosen ones marked). */
  public List<Option> getDomainOptions() {
    return options("domain", domains);
  }

  /** The issues that occur among the hits, or are chosen. */
  public List<Option> getIssueOptions() {
    return options("issue", issues);
  }

  private List<Option> options(String dimension, Set<String> chosen) {
    Map<String, Integer> counts =
        hits == null ? Map.of() : hits.facets().getOrDefault(dimension, Map.of());
    List<Option> out = new ArrayList<>();
    Set<String> codes = new LinkedHashSet<>(counts.keySet());
    codes.addAll(chosen);
    for (String c : codes) {
      out.add(
          new Option(c, labels.term(c, locale()), counts.getOrDefault(c, 0), chosen.contains(c)));
    }
    out.sort(
        java.util.Comparator.comparing(Option::label, java.text.Collator.getInstance(locale())));
    return out;
  }

  /** The region's municipalities, for "where the student lives". */
  public List<Municipality> getMunicipalities() {
    return regions.municipalitiesOf(tenant.require(), LocalDate.now(ZoneId.of("Europe/Amsterdam")));
  }

  public String term(String code) {
    return labels.term(code, locale());
  }

  /** The hit's life domains as words, in one line. */
  public String domainsOf(ServiceHits.Hit h) {
    return h.domains().stream().map(this::term).collect(Collectors.joining(", "));
  }

  /** The municipalities a hit serves: names, the first few, and how many more. */
  public String municipalitiesOf(ServiceHits.Hit h) {
    List<String> names = h.municipalities().stream().map(labels::municipality).sorted().toList();
    if (names.size() <= 4) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, 3))
        + " "
        + Texts.text(locale(), "directory.andMore", names.size() - 3);
  }

  /** The age range as words: "14-17 jaar", "18+ jaar", "alle leeftijden". */
  public String agesOf(ServiceHits.Hit h) {
    return labels.ages(h.youngest(), h.oldest(), locale());
  }

  /** Why a hit was found, as one line. */
  public String reasonsOf(ServiceHits.Hit h) {
    return h.reasons().stream()
        .map(r -> labels.reason(r, locale()))
        .collect(Collectors.joining(" · "));
  }

  public boolean isHasPrevious() {
    return hits != null && page > 1;
  }

  public boolean isHasNext() {
    return hits != null && (long) page * PAGE_SIZE < hits.total();
  }

  public int getPage() {
    return page;
  }

  public int getPages() {
    return hits == null ? 0 : (int) Math.max(1, (hits.total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  /** The address of this search on another page. */
  public String pageUrl(int other) {
    StringBuilder b = new StringBuilder("?");
    add(b, "q", q);
    add(b, "municipality", municipality);
    add(b, "age", age);
    domains.forEach(d -> add(b, "domain", d));
    issues.forEach(i -> add(b, "issue", i));
    if (acceptsReferrals) {
      add(b, "acceptsReferrals", "true");
    }
    add(b, "page", String.valueOf(other));
    return b.toString();
  }

  private static void add(StringBuilder b, String name, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    if (b.length() > 1) {
      b.append('&');
    }
    b.append(name)
        .append('=')
        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static String first(Map<String, String[]> p, String name) {
    String[] v = p.get(name);
    return v == null || v.length == 0 || v[0].isBlank() ? null : v[0].trim();
  }

  private static Set<String> set(Map<String, String[]> p, String name) {
    Set<String> out = new LinkedHashSet<>();
    String[] v = p.get(name);
    if (v != null) {
      for (String s : v) {
        if (s != null && !s.isBlank()) {
          out.add(s.trim());
        }
      }
    }
    return out;
  }

  public String getQ() {
    return q;
  }

  public String getMunicipality() {
    return municipality;
  }

  public String getAge() {
    return age;
  }

  public boolean isAcceptsReferrals() {
    return acceptsReferrals;
  }

  public List<String> getChosenDomains() {
    return new ArrayList<>(domains);
  }

  public List<String> getChosenIssues() {
    return new ArrayList<>(issues);
  }

  // the form is a plain GET form read in load(); these setters only satisfy the components
  public void setQ(String q) {}

  public void setMunicipality(String m) {}

  public void setAge(String a) {}

  public void setAcceptsReferrals(boolean b) {}

  public void setChosenDomains(List<String> d) {}

  public void setChosenIssues(List<String> i) {}
}
