package nl.regioportal.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import nl.regioportal.shared.AccessDeniedException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import org.junit.jupiter.api.Test;

/** Which exceptions the page handler answers itself: found however deeply Faces wrapped them. */
class PageExceptionHandlerTest {

  @Test
  void aRefusalIsFoundBehindTheWrappersOfFacesAndEl() {
    NotFoundException missing = new NotFoundException("FundingVersion", 7);
    Throwable thrown = new FacesException("#{view.load}", new ELException(missing));
    assertThat(PageExceptionHandler.known(thrown)).isSameAs(missing);

    InvalidInputException invalid =
        new InvalidInputException(List.of(Violation.of("total", "funding.json.amount", "1")));
    assertThat(PageExceptionHandler.known(new FacesException(invalid))).isSameAs(invalid);

    AccessDeniedException denied = new AccessDeniedException("coordinators only");
    assertThat(PageExceptionHandler.known(denied)).isSameAs(denied);
  }

  @Test
  void aConcurrentChangeIsKnownAndAnythingElseIsUnexpected() {
    Throwable lock = new FacesException(new RuntimeException(new OptimisticLockException()));
    assertThat(PageExceptionHandler.known(lock)).isSameAs(lock);
    assertThat(PageExceptionHandler.known(new FacesException(new IllegalStateException())))
        .isNull();
  }
}
