package nl.regioportal.organisation.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An organisation as a person or a partner system submitted it, before any check. Every field may
 * be missing or malformed; {@link OrganisationRules#check} says what is wrong.
 */
public record OrganisationDraft(
    OrganisationType type,
    String name,
    String brin,
    String cbsCode,
    String kvkNumber,
    String email,
    String phone,
    String website,
    List<LocationDraft> locations,
    Set<String> servedMunicipalities,
    Set<String> alsoInRegions) {

  public OrganisationDraft {
    locations =
        locations == null
            ? List.of()
            : locations.stream()
                .map(l -> l == null ? new LocationDraft(null, null, null, null) : l)
                .toList();
    servedMunicipalities = withoutNulls(servedMunicipalities);
    alsoInRegions = withoutNulls(alsoInRegions);
  }

  private static Set<String> withoutNulls(Set<String> values) {
    return values == null
        ? Set.of()
        : values.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
  }
}
