package nl.regioportal.web.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The demo users of the development login: the user name is the role, the password is {@code demo}.
 * They exist only while the development login is on; none is a real person.
 */
public final class DemoUsers {

  public static final String PASSWORD = "demo";

  /** A demo user: name, the groups (roles) the identity store returns, and what it is for. */
  public record DemoUser(String username, Set<String> groups, String description) {}

  public static final List<DemoUser> ALL =
      List.of(
          new DemoUser("admin", Set.of("platform-admin"), "platform administrator, every region"),
          new DemoUser("coordinator", Set.of("rmc-coordinator"), "RMC coordinator of 29 and 36"),
          new DemoUser("policy", Set.of("policy-officer"), "policy officer, Gemeente Rotterdam"),
          new DemoUser("policy2", Set.of("policy-officer"), "policy officer, Gemeente Schiedam"),
          new DemoUser("school", Set.of("school-staff"), "school staff, ROC Maasstad (demo)"),
          new DemoUser("care", Set.of("care-worker"), "care worker, Wijkteam Feijenoord (demo)"));

  private static final Map<String, DemoUser> BY_NAME =
      Map.ofEntries(ALL.stream().map(u -> Map.entry(u.username(), u)).toArray(Map.Entry[]::new));

  private DemoUsers() {}

  public static Optional<DemoUser> find(String username) {
    return Optional.ofNullable(BY_NAME.get(username));
  }
}
