package nl.regioportal.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioportal.directory.application.Directory;
import nl.regioportal.directory.domain.AgeGroup;
import nl.regioportal.directory.domain.Phone;
import nl.regioportal.directory.domain.ScheduleLine;
import nl.regioportal.directory.domain.ServiceDraft;
import nl.regioportal.directory.domain.ServiceStatus;
import nl.regioportal.organisation.application.OrganisationService;
import nl.regioportal.organisation.domain.LocationDraft;
import nl.regioportal.organisation.domain.OrganisationDraft;
import nl.regioportal.organisation.domain.OrganisationType;

/**
 * The demo region's directory: invented care partners (no real organisations, no real people) with
 * services in every life domain, on both sides of the 18 boundary and in several municipalities, so
 * that search, filters and facets have something to show. Names, addresses, KvK numbers and the 088
 * phone numbers are made up.
 */
@ApplicationScoped
public class DemoDirectory {

  @Inject OrganisationService organisations;
  @Inject Directory directory;

  private static final String[] ALL =
      "GM0599 GM0606 GM0622 GM0489 GM0502 GM0613 GM1924 GM0542 GM1621 GM0556 GM1930 GM0597 GM1992"
          .split(" ");

  /** A demo service: organisation key, name, description, terms, ages, area, referrals, wait. */
  private record Entry(
      String org,
      String name,
      String description,
      String terms,
      AgeGroup group,
      Integer min,
      Integer max,
      String area,
      boolean referrals,
      Integer waitingWeeks,
      String walkIn) {}

  private static final List<Entry> ENTRIES =
      List.of(
          new Entry(
              "wijkteam",
              "Buurtteam MBO op locatie",
              "Een hulpverlener van het wijkteam op de mbo-locatie: een gesprek met student,"
                  + " studieloopbaanbegeleider en hulpverlener samen, en daarna hulp bij wat er"
                  + " thuis, met geld of met wonen speelt.",
              "wellbeing support_network study_coach parental_involvement",
              AgeGroup.ALL,
              16,
              27,
              "GM0599",
              true,
              1,
              "WE 13:00-16:00"),
          new Entry(
              "schuldhulp",
              "Jongerenloket geldzaken",
              "Hulp bij geldzorgen, betalingsachterstanden en schulden voor jongeren onder de 18,"
                  + " samen met ouders of verzorgers.",
              "income_debt debt poverty",
              AgeGroup.YOUTH,
              14,
              17,
              "GM0599 GM0606 GM0622",
              true,
              2,
              "TU 15:00-17:00"),
          new Entry(
              "schuldhulp",
              "Schuldhulpverlening 18+",
              "Budgetbeheer, een schuldregeling en een vaste contactpersoon voor jongvolwassenen"
                  + " met schulden; ook bij een studieschuld.",
              "income_debt debt study_debt financial_self_reliance_18",
              AgeGroup.ADULT,
              18,
              27,
              "GM0599 GM0606 GM0622 GM0556 GM1930",
              true,
              4,
              null),
          new Entry(
              "schuldhulp",
              "Geldcafé voor studenten",
              "Inloop zonder afspraak: vragen over toeslagen, DUO, een eerste baan en de"
                  + " zorgverzekering vanaf 18.",
              "income_debt financial_self_reliance_18 four_week_benefit_search_period",
              AgeGroup.ALL,
              16,
              27,
              "GM0606 GM0622",
              false,
              null,
              "TH 14:00-17:00"),
          new Entry(
              "werkplein",
              "Werkplein Jongeren",
              "Begeleiding naar werk of terug naar school voor jongeren zonder startkwalificatie,"
                  + " en hulp bij de vier weken zoektijd voor een uitkering.",
              "work leaving_without_diploma idle_after_contract_end four_week_benefit_search_period",
              AgeGroup.ALL,
              16,
              27,
              String.join(" ", ALL),
              true,
              2,
              null),
          new Entry(
              "werkplein",
              "Stagepunt Rijnmond",
              "Helpt studenten die geen stageplek vinden, en bij stagediscriminatie.",
              "work finding_work_placement placement_discrimination",
              AgeGroup.ALL,
              16,
              27,
              String.join(" ", ALL),
              false,
              null,
              null),
          new Entry(
              "kamers",
              "Kamers met begeleiding",
              "Een kamer met woonbegeleiding voor jongeren die uit de jeugdhulp komen of geen"
                  + " plek meer thuis hebben.",
              "housing leaving_youth_care_at_18 homelessness_couch_surfing",
              AgeGroup.ALL,
              17,
              23,
              "GM0599 GM0606 GM0489",
              true,
              12,
              null),
          new Entry(
              "kamers",
              "Nachtopvang jongeren",
              "Een veilige plek voor de nacht voor jongeren die op straat of bij vrienden op de bank"
                  + " slapen.",
              "housing homelessness_couch_surfing",
              AgeGroup.ADULT,
              18,
              27,
              "GM0599",
              false,
              0,
              "MO 20:00-23:00"),
          new Entry(
              "ggz",
              "GGZ Jong: eerste gesprek",
              "Een eerste gesprek bij somberheid, angst of andere psychische klachten, ook met de"
                  + " huisarts of de POH GGZ.",
              "health mental_disorders wellbeing mental_wellbeing",
              AgeGroup.ALL,
              16,
              25,
              "GM0599 GM0606 GM0622 GM0556 GM1930",
              true,
              6,
              null),
          new Entry(
              "ggz",
              "Verslavingszorg jongeren",
              "Hulp bij alcohol, drugs en gamen, voor jongeren en hun ouders.",
              "wellbeing addiction health",
              AgeGroup.ALL,
              14,
              23,
              "GM0599 GM0606 GM0622",
              true,
              3,
              null),
          new Entry(
              "ggd",
              "Jeugdgezondheid op het mbo",
              "Gezondheidsgesprek met de jeugdverpleegkundige; bij verzuim door ziekte een"
                  + " afspraak met de jeugdarts.",
              "health chronic_illness temporary_illness_dropout absenteeism_wellbeing",
              AgeGroup.YOUTH,
              12,
              17,
              String.join(" ", ALL),
              true,
              1,
              "FR 09:00-12:00"),
          new Entry(
              "veilig",
              "Steunpunt huiselijk geweld (demo)",
              "Advies en hulp bij huiselijk geweld, ook als je het ziet gebeuren bij een ander.",
              "safety domestic_violence",
              AgeGroup.ALL,
              null,
              null,
              String.join(" ", ALL),
              true,
              0,
              null),
          new Entry(
              "veilig",
              "Jongerenpunt uitbuiting en loverboys",
              "Hulp bij chantage, uitbuiting en loverboyproblematiek; anoniem als je wilt.",
              "safety blackmail_exploitation human_trafficking_loverboy",
              AgeGroup.ALL,
              12,
              27,
              String.join(" ", ALL),
              true,
              1,
              null),
          new Entry(
              "jongerenwerk",
              "Jongerenwerk Waterweg",
              "Jongerenwerkers op straat en op school: een maatje, een plek om te zijn, hulp bij"
                  + " pesten en bij vrienden die verkeerd gaan.",
              "support_network vulnerable_young_people safety bullying",
              AgeGroup.ALL,
              12,
              23,
              "GM0606 GM0622 GM1621",
              false,
              null,
              "WE 14:00-18:00"),
          new Entry(
              "jongerenwerk",
              "Na detentie: terug naar school",
              "Begeleiding van jongeren die uit detentie terugkeren: school, werk en een dak.",
              "justice return_from_detention",
              AgeGroup.ALL,
              16,
              27,
              "GM0599 GM0606",
              true,
              2,
              null),
          new Entry(
              "jongerenwerk",
              "Preventie ronselen en criminaliteit",
              "Voorlichting en begeleiding voor studenten die gevraagd worden voor drugshandel of"
                  + " andere criminaliteit, en na incidenten op school.",
              "justice drug_dealing_recruitment_crime incidents_at_school",
              AgeGroup.ALL,
              12,
              23,
              "GM0599",
              false,
              null,
              null),
          new Entry(
              "wijkteam",
              "Ouders betrekken bij de opleiding",
              "Gesprekken met ouders en verzorgers over de opleiding en de overgang naar 18.",
              "support_network parental_involvement own_responsibility_from_18 care_transition_18",
              AgeGroup.YOUTH,
              15,
              17,
              "GM0599",
              true,
              3,
              null),
          new Entry(
              "roc",
              "Studentenloket ROC",
              "Het loket van de school voor vragen over verzuim, passend onderwijs en extra"
                  + " ondersteuning; met de verzuimcoördinator en de vertrouwenspersoon.",
              "education attendance_coordinator confidential_adviser care_coordinator",
              AgeGroup.ALL,
              15,
              27,
              "GM0599 GM0606 GM0622 GM0489",
              false,
              null,
              "MO 10:00-12:00"));

  /** Creates the demo care partners and their services (in the caller's transaction, region 29). */
  public int create(Map<String, Long> known) {
    Map<String, Long> org = new LinkedHashMap<>(known);
    org.put(
        "schuldhulp",
        partner("Geldzorg Maas (demo)", "90000003", "Maasboulevard 100", "3011 TX", "Rotterdam"));
    org.put(
        "werkplein",
        partner("Werkplein Jong Rijnmond (demo)", "90000004", "Weena 10", "3012 CM", "Rotterdam"));
    org.put(
        "kamers",
        partner(
            "Stichting Kamers Rijnmond (demo)",
            "90000005",
            "Hoogstraat 20",
            "3011 PN",
            "Rotterdam"));
    org.put(
        "ggd",
        partner(
            "Jeugdgezondheid Rijnmond (demo)",
            "90000006",
            "Schiedamsedijk 95",
            "3011 EN",
            "Rotterdam"));
    org.put(
        "veilig",
        partner(
            "Steunpunt Veilig Rijnmond (demo)",
            "90000007",
            "Stationsplein 1",
            "3112 HJ",
            "Schiedam"));
    org.put(
        "jongerenwerk",
        partner(
            "Jongerenwerk Waterweg (demo)", "90000008", "Hoogstraat 1", "3131 BJ", "Vlaardingen"));
    org.put("ggz", known.get("ggz"));
    int n = 0;
    for (Entry e : ENTRIES) {
      Long owner = org.get(e.org());
      if (owner == null) {
        continue;
      }
      directory.create(
          new ServiceDraft(
              owner,
              e.name(),
              null,
              e.description(),
              "https://example.org/"
                  + e.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"),
              null,
              null,
              ServiceStatus.ACTIVE,
              e.group(),
              e.min(),
              e.max(),
              e.group() == AgeGroup.YOUTH ? "Onder de 18; ouders of verzorgers doen mee." : null,
              e.referrals(),
              e.waitingWeeks(),
              true,
              null,
              Set.of(e.terms().split(" ")),
              Set.of(e.area().split(" ")),
              Set.of("nl", "en"),
              List.of(
                  new ServiceDraft.PhoneDraft(
                      null,
                      "088 000 " + String.format("%04d", 1000 + n),
                      Phone.Kind.VOICE,
                      null,
                      false),
                  new ServiceDraft.PhoneDraft(
                      null,
                      "088 000 " + String.format("%04d", 2000 + n),
                      Phone.Kind.VOICE,
                      "Direct voor professionals",
                      true)),
              List.of(),
              e.walkIn() == null ? List.of() : List.of(walkIn(e.walkIn())),
              locations.containsKey(owner) ? List.of(locations.get(owner)) : List.of()));
      n++;
    }
    return n;
  }

  private static ServiceDraft.ScheduleDraft walkIn(String spec) {
    String[] p = spec.split("[ -]");
    return new ServiceDraft.ScheduleDraft(
        null,
        ScheduleLine.Kind.WALK_IN,
        ScheduleLine.Day.valueOf(p[0]),
        p[1],
        p[2],
        "Inloop zonder afspraak");
  }

  /** The demo cities' CBS codes, for the partners' locations. */
  private static final Map<String, String> CITY_CODES =
      Map.of("Rotterdam", "GM0599", "Schiedam", "GM0606", "Vlaardingen", "GM0622");

  /** Each partner's location in the directory (the service is given there). */
  private final Map<Long, Long> locations = new java.util.concurrent.ConcurrentHashMap<>();

  private long partner(String name, String kvk, String street, String postal, String city) {
    long id = create(name, kvk, street, postal, city);
    locations.put(
        id,
        directory.addLocation(
            id,
            name.replace(" (demo)", "") + ", " + city,
            street,
            postal,
            city,
            CITY_CODES.get(city)));
    return id;
  }

  private long create(String name, String kvk, String street, String postal, String city) {
    return organisations.create(
        new OrganisationDraft(
            OrganisationType.CARE_PARTNER,
            name,
            null,
            null,
            kvk,
            "info@"
                + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "")
                + ".example.org",
            null,
            null,
            List.of(new LocationDraft(null, street, postal, city)),
            Set.copyOf(Arrays.asList(ALL)),
            Set.of()));
  }
}
