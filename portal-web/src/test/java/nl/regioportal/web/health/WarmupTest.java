package nl.regioportal.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WarmupTest {

  @Test
  void takesThePagesOwnStylesheetsAndScriptsAndNothingFromElsewhere() {
    String page =
        "<link type=\"text/css\" rel=\"stylesheet\""
            + " href=\"/portal/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga&amp;v=14\" />"
            + "<script src=\"/portal/jakarta.faces.resource/core.js.xhtml?ln=primefaces\"></script>"
            + "<script src=\"https://cdn.example.org/jakarta.faces.resource/x.js\"></script>"
            + "<script src=\"//cdn.example.org/jakarta.faces.resource/y.js\"></script>"
            + "<a href=\"/portal/r/29\">home</a>";

    assertThat(Warmup.linked(page, "http://127.0.0.1:8080/portal"))
        .containsExactly(
            "http://127.0.0.1:8080/portal/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga&v=14",
            "http://127.0.0.1:8080/portal/jakarta.faces.resource/core.js.xhtml?ln=primefaces");
  }
}
