package nl.regioportal.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.regioportal.directory.domain.AgeGroup;
import nl.regioportal.directory.domain.ScheduleLine;
import nl.regioportal.directory.domain.ServiceDraft;
import nl.regioportal.directory.domain.ServiceStatus;
import nl.regioportal.organisation.domain.OrganisationType;
import nl.regioportal.shared.ImportProblem;
import org.junit.jupiter.api.Test;

class HsdsPackageReaderTest {

  private static final String DEBT_ID = "11111111-1111-4111-8111-111111111111";

  private static final HsdsPackageReader.Region REGION =
      new HsdsPackageReader.Region() {
        @Override
        public Optional<String> termById(String id) {
          return DEBT_ID.equals(id) ? Optional.of("debt") : Optional.empty();
        }

        @Override
        public boolean termCode(String code) {
          return Set.of("debt", "housing").contains(code);
        }

        @Override
        public Optional<String> municipality(String codeOrName) {
          Map<String, String> known = Map.of("GM0606", "GM0606", "schiedam", "GM0606");
          return Optional.ofNullable(
              known.getOrDefault(codeOrName, known.get(codeOrName.toLowerCase())));
        }
      };

  private static final String SERVICE =
      """
      {"id":"22222222-2222-4222-8222-222222222222","name":"Geldcafé","status":"active",
       "description":"Hulp bij geld","minimum_age":16,"maximum_age":23,"wait_time":"3 weken",
       "service_areas":[{"id":"33333333-3333-4333-8333-333333333333","name":"Schiedam"}],
       "languages":[{"id":"44444444-4444-4444-8444-444444444444","code":"NL"}],
       "phones":[{"id":"55555555-5555-4555-8555-555555555555","number":"088 000 1234",
                  "attributes":[{"id":"66666666-6666-4666-8666-666666666666",
                                 "link_type":"regioportaal:internal","value":"true"}]}],
       "schedules":[{"id":"77777777-7777-4777-8777-777777777777","freq":"WEEKLY",
                     "byday":"TU,TH","opens_at":"13:00:00","closes_at":"16:00",
                     "attending_type":"walk-in"}],
       "cost_options":[{"id":"88888888-8888-4888-8888-888888888888","amount":0}],
       "attributes":[{"id":"99999999-9999-4999-8999-999999999999","taxonomy_term_id":"%s"}]%s}
      """;

  private static String pack(String service) {
    return "[{\"id\":\"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa\",\"name\":\"Geldhulp\","
        + "\"description\":\"x\",\"organization_identifiers\":[{\"id\":"
        + "\"bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb\",\"identifier_scheme\":\"NL-KVK\","
        + "\"identifier\":\"90000001\"}],\"services\":["
        + service
        + "]}]";
  }

  private static HsdsPackageReader.Result read(String json) {
    JsonValue root = Json.createReader(new StringReader(json)).readValue();
    return new HsdsPackageReader(REGION).read(root);
  }

  @Test
  void aServiceIsReadIntoADraftWithTheHsdsFieldsMappedOnThePortals() {
    HsdsPackageReader.Result r = read(pack(SERVICE.formatted(DEBT_ID, "")));
    assertThat(r.problems()).isEmpty();
    var org = r.organisations().get(0);
    assertThat(org.draft().type()).isEqualTo(OrganisationType.CARE_PARTNER);
    assertThat(org.draft().kvkNumber()).isEqualTo("90000001");
    ServiceDraft d = org.services().get(0).draft();
    assertThat(d.status()).isEqualTo(ServiceStatus.ACTIVE);
    assertThat(d.ageGroup()).isEqualTo(AgeGroup.ALL);
    assertThat(d.waitingWeeks()).isEqualTo(3);
    assertThat(d.costFree()).isTrue();
    assertThat(d.terms()).containsExactly("debt");
    assertThat(d.municipalities()).containsExactly("GM0606");
    assertThat(d.languages()).containsExactly("nl");
    assertThat(d.phones()).singleElement().satisfies(p -> assertThat(p.internal()).isTrue());
    assertThat(d.schedules())
        .extracting(ServiceDraft.ScheduleDraft::day)
        .containsExactly(ScheduleLine.Day.TU, ScheduleLine.Day.TH);
    assertThat(d.schedules().get(0).kind()).isEqualTo(ScheduleLine.Kind.WALK_IN);
    assertThat(d.schedules().get(0).opensAt()).isEqualTo("13:00");
  }

  @Test
  void anUnknownTermIsNamedWithItsRecordAndField() {
    HsdsPackageReader.Result r =
        read(pack(SERVICE.formatted("12345678-1234-4234-8234-123456789abc", "")));
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("hsds.import.unknownTerm");
              assertThat(p.record()).isEqualTo("organizations[0].services[0] \"Geldcafé\"");
              assertThat(p.field()).isEqualTo("attributes[0].taxonomy_term_id");
            });
  }

  @Test
  void aMissingRequiredFieldAWrongTypeAndADuplicateIdAreEachNamed() {
    String noName = SERVICE.formatted(DEBT_ID, "").replace("\"name\":\"Geldcafé\",", "");
    assertThat(fields(read(pack(noName)))).containsExactly("name");

    String wrongType =
        SERVICE.formatted(DEBT_ID, "").replace("\"minimum_age\":16", "\"minimum_age\":\"16\"");
    assertThat(read(pack(wrongType)).problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("hsds.import.type.number");
              assertThat(p.field()).isEqualTo("minimum_age");
            });

    String twice = SERVICE.formatted(DEBT_ID, "") + "," + SERVICE.formatted(DEBT_ID, "");
    HsdsPackageReader.Result dup = read(pack(twice));
    assertThat(dup.problems()).isNotEmpty();
    assertThat(dup.problems())
        .allSatisfy(p -> assertThat(p.key()).isEqualTo("hsds.import.duplicateId"));
    assertThat(dup.problems().get(0).record()).startsWith("organizations[0].services[1]");
  }

  @Test
  void aServiceAreaThatIsNoMunicipalityAndAnIdThatIsNoUuidAreRefused() {
    String area =
        SERVICE.formatted(DEBT_ID, "").replace("\"name\":\"Schiedam\"", "\"name\":\"Gotham\"");
    assertThat(read(pack(area)).problems())
        .extracting(ImportProblem::field)
        .containsExactly("service_areas[0].name");
    String badId =
        SERVICE.formatted(DEBT_ID, "").replace("22222222-2222-4222-8222-222222222222", "svc-1");
    assertThat(read(pack(badId)).problems())
        .extracting(ImportProblem::key)
        .containsExactly("hsds.import.uuid");
  }

  @Test
  void somethingOtherThanAPackageIsRefusedAsAWhole() {
    assertThat(read("\"hello\"").problems())
        .extracting(ImportProblem::key)
        .containsExactly("hsds.import.shape");
    assertThat(read("[]").problems())
        .extracting(ImportProblem::key)
        .containsExactly("hsds.import.empty");
  }

  private static java.util.List<String> fields(HsdsPackageReader.Result r) {
    return r.problems().stream().map(ImportProblem::field).toList();
  }
}
