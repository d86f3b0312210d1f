package nl.regioportal.web.config;

/** A {@link RunMode} for unit tests of other packages. */
public final class TestRunModes {
  private TestRunModes() {}

  public static RunMode of(String mode) {
    RunMode r = new RunMode();
    r.mode = mode;
    return r;
  }
}
