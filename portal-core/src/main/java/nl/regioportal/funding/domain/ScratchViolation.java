package nl.regioportal.funding.domain;

/** Scratch: the domain answering HTTP, on purpose, to see the test fail. */
public class ScratchViolation {
  public jakarta.ws.rs.core.Response answer() {
    return jakarta.ws.rs.core.Response.ok().build();
  }
}
