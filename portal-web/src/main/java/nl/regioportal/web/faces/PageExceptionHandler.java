package nl.regioportal.web.faces;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.regioportal.shared.AccessDeniedException;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.web.api.ProblemMappers;

/**
 * What the pages answer when an application service refuses, in one place instead of a catch ladder
 * in every page bean (the pages' counterpart of {@link ProblemMappers}):
 *
 * <ul>
 *   <li>while a page loads (its view action on a GET): not found is the 404 error page, access
 *       denied the 403 error page;
 *   <li>on a form the person is working on (a postback): invalid input is a message at each field
 *       and in the summary, a conflict its message, a concurrent change the concurrent-change
 *       message, and not found or access denied a message at the top; the form keeps what was
 *       typed;
 *   <li>anything else on a page is logged with an id and answered with the error page naming that
 *       id, never a stack trace. Ajax requests and expired views keep the container's handling.
 * </ul>
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {

  /** The request attribute with the id of an unexpected error, for the error page. */
  public static final String ERROR_ID = "nl.regioportal.web.errorId";

  private static final Logger LOG = Logger.getLogger(PageExceptionHandler.class.getName());

  /** Registered in faces-config.xml; wraps the implementation's handler. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new PageExceptionHandler(getWrapped().getExceptionHandler());
    }
  }

  public PageExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      ExceptionQueuedEventContext queued = events.next().getContext();
      if (answer(queued.getContext(), queued.getException(), queued.getPhaseId())) {
        events.remove();
      }
    }
    getWrapped().handle();
  }

  /** Answers one exception; {@code false} leaves it to the wrapped handler. */
  private boolean answer(FacesContext context, Throwable thrown, PhaseId phase) {
    Throwable known = known(thrown);
    boolean onForm =
        context.isPostback() && phase != PhaseId.RENDER_RESPONSE && context.getViewRoot() != null;
    if (known instanceof nl.regioportal.shared.SecondFactorRequiredException) {
      // student data on a page the filter does not know as such: explain and offer the step-up
      if (onForm || context.getPartialViewContext().isAjaxRequest()) {
        messages().error(null, "error.secondFactor");
        context.renderResponse();
        return true;
      }
      return errorPage(
          context,
          () -> {
            ExternalContext external = context.getExternalContext();
            Object uri =
                external.getRequestMap().get(nl.regioportal.web.tenancy.TenantFilter.ORIGINAL_URI);
            String next =
                uri instanceof String u && u.startsWith(external.getRequestContextPath())
                    ? u.substring(external.getRequestContextPath().length())
                    : "/";
            external.redirect(
                external.getRequestContextPath()
                    + nl.regioportal.web.security.PortalAuthenticationMechanism.STEP_UP_PAGE
                    + "?next="
                    + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
            context.responseComplete();
          });
    }
    if (known instanceof NotFoundException || known instanceof AccessDeniedException) {
      int status = known instanceof NotFoundException ? 404 : 403;
      if (onForm) {
        messages().error(null, status == 404 ? "error.notFound" : "error.forbidden");
        context.renderResponse();
        return true;
      }
      return errorPage(context, () -> RecordPage.answer(status));
    }
    if (onForm && known != null) {
      PageMessages messages = messages();
      String form = submittedForm(context);
      if (known instanceof InvalidInputException e) {
        e.violations().forEach(v -> messages.violation(form, v));
      } else if (known instanceof ConflictException e) {
        messages.violation(form, e.violation());
      } else {
        LOG.info(() -> "Concurrent change refused: " + thrown);
        messages.error(null, "problem.concurrentChange");
      }
      context.renderResponse();
      return true;
    }
    if (context.getPartialViewContext().isAjaxRequest()
        || causeOf(thrown, ViewExpiredException.class) != null) {
      return false;
    }
    String id = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error " + id, thrown);
    return errorPage(
        context,
        () -> {
          context.getExternalContext().getRequestMap().put(ERROR_ID, id);
          context.getExternalContext().responseSendError(500, "");
          context.responseComplete();
        });
  }

  private interface Answer {
    void send() throws IOException;
  }

  /** Sends an error page unless the response has gone out already. */
  private static boolean errorPage(FacesContext context, Answer answer) {
    ExternalContext external = context.getExternalContext();
    if (external.isResponseCommitted()) {
      return false;
    }
    external.responseReset();
    try {
      answer.send();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }

  /** The refusal of an application service in the chain of causes, or {@code null}. */
  static Throwable known(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof NotFoundException
          || t instanceof AccessDeniedException
          || t instanceof InvalidInputException
          || t instanceof ConflictException) {
        return t;
      }
    }
    return ProblemMappers.concurrentChange(thrown) ? thrown : null;
  }

  private static Throwable causeOf(Throwable thrown, Class<? extends Throwable> type) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return t;
      }
    }
    return null;
  }

  /** The client id of the form that was submitted, or of the one around the ajax source. */
  private static String submittedForm(FacesContext context) {
    String[] found = {null};
    context
        .getViewRoot()
        .visitTree(
            VisitContext.createVisitContext(context),
            (visit, target) -> {
              if (target instanceof UIForm form && form.isSubmitted()) {
                found[0] = form.getClientId(context);
                return VisitResult.COMPLETE;
              }
              return VisitResult.ACCEPT;
            });
    if (found[0] == null) {
      String source =
          context.getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
      UIComponent c = source == null ? null : context.getViewRoot().findComponent(source);
      while (c != null && !(c instanceof UIForm)) {
        c = c.getParent();
      }
      found[0] = c == null ? null : c.getClientId(context);
    }
    return found[0];
  }

  private static PageMessages messages() {
    return CDI.current().select(PageMessages.class).get();
  }
}
