package nl.regioportal.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.regioportal.directory.domain.ServiceDraft;
import nl.regioportal.shared.ImportProblem;
import org.junit.jupiter.api.Test;

class HsdsTabularTest {

  private static final String DEBT = "11111111-1111-4111-8111-111111111111";
  private static final String ORG = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
  private static final String SVC = "22222222-2222-4222-8222-222222222222";
  private static final String LOC = "33333333-3333-4333-8333-333333333333";

  private static final HsdsPackageReader.Region REGION =
      new HsdsPackageReader.Region() {
        @Override
        public Optional<String> termById(String id) {
          return DEBT.equals(id) ? Optional.of("debt") : Optional.empty();
        }

        @Override
        public boolean termCode(String code) {
          return Set.of("debt").contains(code);
        }

        @Override
        public Optional<String> municipality(String codeOrName) {
          return "GM0606".equals(codeOrName) ? Optional.of("GM0606") : Optional.empty();
        }
      };

  private static Map<String, String> set(String termId, String serviceOrg) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("organizations.csv", "id,name,description\n" + ORG + ",Geldhulp,Zorgpartner\n");
    f.put(
        "services.csv",
        "id,organization_id,name,description,status,minimum_age,maximum_age\n"
            + SVC
            + ","
            + serviceOrg
            + ",Geldcafé,\"Hulp bij geld, ook met DUO\",active,16,23\n");
    f.put(
        "attributes.csv",
        "id,link_id,link_type,link_entity,taxonomy_term_id\n"
            + "44444444-4444-4444-8444-444444444444,"
            + SVC
            + ",service_taxonomy,service,"
            + termId
            + "\n");
    f.put(
        "service_areas.csv",
        "id,service_id,name,extent,extent_type\n"
            + "55555555-5555-4555-8555-555555555555,"
            + SVC
            + ",Schiedam,GM0606,cbs_gemeentecode\n");
    f.put(
        "phones.csv",
        "id,service_id,number\n66666666-6666-4666-8666-666666666666," + SVC + ",088 000 1234\n");
    f.put(
        "locations.csv",
        "id,organization_id,location_type,name\n" + LOC + "," + ORG + ",physical,Kantoor\n");
    f.put(
        "addresses.csv",
        "id,location_id,address_1,city,postal_code,country,address_type,state_province\n"
            + "77777777-7777-4777-8777-777777777777,"
            + LOC
            + ",Hoogstraat 1,Schiedam,3111 AA,NL,physical,\n");
    f.put(
        "service_at_location.csv",
        "id,service_id,location_id\n88888888-8888-4888-8888-888888888888,"
            + SVC
            + ","
            + LOC
            + "\n");
    return f;
  }

  @Test
  void theCsvSetBecomesTheSamePackageTheJsonImportReads() {
    HsdsTabular.Result set = HsdsTabular.read(set(DEBT, ORG));
    assertThat(set.problems()).isEmpty();
    HsdsPackageReader.Result r = new HsdsPackageReader(REGION).read(set.pack());
    assertThat(r.problems()).isEmpty();
    var org = r.organisations().get(0);
    assertThat(org.draft().name()).isEqualTo("Geldhulp");
    assertThat(org.locations())
        .singleElement()
        .satisfies(l -> assertThat(l.city()).isEqualTo("Schiedam"));
    ServiceDraft d = org.services().get(0).draft();
    assertThat(d.name()).isEqualTo("Geldcafé");
    assertThat(d.description()).isEqualTo("Hulp bij geld, ook met DUO");
    assertThat(d.minAge()).isEqualTo(16);
    assertThat(d.terms()).containsExactly("debt");
    assertThat(d.municipalities()).containsExactly("GM0606");
    assertThat(d.phones())
        .singleElement()
        .satisfies(p -> assertThat(p.number()).isEqualTo("088 000 1234"));
    assertThat(org.services().get(0).locationIds()).containsExactly(LOC);
  }

  @Test
  void aProblemNamesTheFileAndLineItCameFrom() {
    HsdsTabular.Result set = HsdsTabular.read(set("99999999-9999-4999-8999-999999999999", ORG));
    HsdsPackageReader.Result r = new HsdsPackageReader(REGION).read(set.pack());
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.record()).isEqualTo("attributes.csv, regel 2");
              assertThat(p.field()).isEqualTo("taxonomy_term_id");
              assertThat(p.key()).isEqualTo("hsds.import.unknownTerm");
            });

    HsdsTabular.Result orphan = HsdsTabular.read(set(DEBT, "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"));
    assertThat(orphan.problems())
        .extracting(ImportProblem::record, ImportProblem::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("services.csv, regel 2", "organization_id"));

    Map<String, String> noOrganisations = set(DEBT, ORG);
    noOrganisations.remove("organizations.csv");
    assertThat(HsdsTabular.read(noOrganisations).problems())
        .extracting(ImportProblem::key)
        .containsExactly("hsds.tabular.missing");
  }
}
