package nl.regioportal.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.regioportal.shared.Violation;

/** Resolves message keys of the portal's bundle in a language. */
public final class Texts {

  public static final String BUNDLE = "nl.regioportal.web.i18n.messages";
  public static final Locale DUTCH = Locale.forLanguageTag("nl");
  public static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

  private Texts() {}

  public static String text(Locale locale, String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale));
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(args);
  }

  public static String text(Locale locale, Violation v) {
    return text(locale, v.key(), v.args().toArray());
  }

  /** An import problem in the reader's language. */
  public static String text(Locale locale, nl.regioportal.shared.ImportProblem problem) {
    return text(locale, problem.key(), problem.args().toArray());
  }

  /** The first supported language among those a request accepts, in its order; else Dutch. */
  public static Locale preferred(Iterable<Locale> accepted) {
    for (Locale l : accepted) {
      if ("en".equals(l.getLanguage()) || "nl".equals(l.getLanguage())) {
        return supported(l);
      }
    }
    return DUTCH;
  }

  /** The supported language closest to {@code locale}; Dutch when none fits. */
  public static Locale supported(Locale locale) {
    if (locale != null && "en".equals(locale.getLanguage())) {
      return Locale.ENGLISH;
    }
    return DUTCH;
  }
}
