package nl.regioportal.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import nl.regioportal.web.tenancy.TenantFilter;

/** The error page: a status, a sentence on what happened and what to do; never a stack trace. */
@Named
@RequestScoped
public class ErrorView {

  private HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public int getStatus() {
    Object code = request().getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    return code instanceof Integer i ? i : 500;
  }

  /** The id of an unexpected error, which the log names too; {@code null} for other errors. */
  public String getErrorId() {
    return (String) request().getAttribute(PageExceptionHandler.ERROR_ID);
  }

  /** The message key that explains the error. */
  public String getMessageKey() {
    Object key = request().getAttribute(TenantFilter.ERROR_KEY);
    if (key != null) {
      return (String) key;
    }
    return switch (getStatus()) {
      case 400 -> "error.badRequest";
      case 403 -> "error.forbidden";
      case 404 -> "error.notFound";
      case 405 -> "error.badRequest";
      case 411, 413 -> "error.tooLarge";
      default -> "error.unexpected";
    };
  }
}
