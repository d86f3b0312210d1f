package nl.regioportal.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in through the page, kept in the HTTP session until sign-out or expiry. */
public record SignedInCaller(String username, Set<String> groups) implements Serializable {
  public SignedInCaller {
    groups = Set.copyOf(groups);
  }
}
