package nl.regioportal.shared;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * The portal's one reading of contact details, for every record that has them (organisations,
 * directory services, invitations): an e-mail address, a phone number, a web address. Length limits
 * stay with each record (its column).
 */
public final class ContactFormats {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");

  /** The longest web address a record keeps. */
  public static final int WEB_ADDRESS_MAX = 300;

  private ContactFormats() {}

  /** Something, an at sign, something with a dot: what a person types as an address. */
  public static boolean isEmail(String s) {
    return s != null && EMAIL.matcher(s).matches();
  }

  /** Digits, spaces, brackets and dashes (6 to 20), optionally after a plus. */
  public static boolean isPhone(String s) {
    return s != null && PHONE.matcher(s).matches();
  }

  /** An http(s) address with a host that has a dot, at most {@link #WEB_ADDRESS_MAX} long. */
  public static boolean isWebAddress(String s) {
    if (s == null || s.length() > WEB_ADDRESS_MAX) {
      return false;
    }
    try {
      URI uri = new URI(s);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null
          && uri.getHost().contains(".");
    } catch (Exception e) {
      return false;
    }
  }
}
