package nl.regioportal.web.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import nl.regioportal.directory.application.DirectoryTerms;
import nl.regioportal.directory.application.ServiceHits;
import nl.regioportal.directory.domain.AgeGroup;
import nl.regioportal.region.Municipality;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.tenant.MunicipalityCode;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.web.i18n.Texts;

/**
 * Words for the directory's codes in the active region: a term's name, a municipality's name, a
 * language's name, and the text of a search reason ("werkt voor Schiedam", "16-23 jaar").
 */
@ApplicationScoped
public class DirectoryLabels {

  @Inject DirectoryTerms terms;
  @Inject RegionDirectory regions;
  @Inject TenantContext tenant;

  /** The name of a life domain, issue or role in a language; the code when there is none. */
  public String term(String code, Locale locale) {
    return terms.of(tenant.require().value()).term(code).map(t -> t.name(locale)).orElse(code);
  }

  /**
   * Municipality names by code, read again after ten minutes (a CBS import renames a few a year);
   * every search result names its municipalities, so not one lookup per hit.
   */
  private final com.github.benmanes.caffeine.cache.LoadingCache<String, String> municipalities =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
          .expireAfterWrite(java.time.Duration.ofMinutes(10))
          .maximumSize(1000)
          .build(
              code ->
                  regions
                      .municipality(new MunicipalityCode(code))
                      .map(Municipality::name)
                      .orElse(code));

  /** The name of a municipality; the code when it is not known. */
  public String municipality(String code) {
    if (code == null || !MunicipalityCode.isValid(code)) {
      return code;
    }
    return municipalities.get(code);
  }

  /** A language's name in a language ({@code en} -> "Engels"). */
  public String language(String code, Locale locale) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
    return name.isEmpty() ? code : name;
  }

  /** The ages served as words: "14-17 jaar", "18+ jaar", "alle leeftijden". */
  public String ages(int youngest, int oldest, Locale locale) {
    if (youngest == 0 && oldest >= AgeGroup.ADULT.oldest()) {
      return Texts.text(locale, "directory.ages.all");
    }
    String range = oldest >= AgeGroup.ADULT.oldest() ? youngest + "+" : youngest + "-" + oldest;
    return Texts.text(locale, "directory.reason.AGE", range);
  }

  /** The text of a reason, in a language. */
  public String reason(ServiceHits.Reason r, Locale locale) {
    String key = "directory.reason." + r.kind().name();
    return switch (r.kind()) {
      case MUNICIPALITY -> Texts.text(locale, key, municipality(r.code()));
      case AGE ->
          Texts.text(locale, key, r.code().endsWith("-") ? r.code().replace("-", "+") : r.code());
      case TERM -> term(r.code(), locale);
      case LANGUAGE -> Texts.text(locale, key, language(r.code(), locale));
      case NAME, DESCRIPTION, ACCEPTS_REFERRALS -> Texts.text(locale, key);
    };
  }

  /** A stored UTC moment as a Dutch date ({@code 3-12-2026}); empty for none. */
  public static String day(java.time.LocalDateTime utc) {
    return utc == null
        ? ""
        : utc.atZone(java.time.ZoneOffset.UTC)
            .withZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam"))
            .format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"));
  }
}
