package nl.regioportal.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import nl.regioportal.web.tenancy.TenantFilter;

/** What record pages ({@code /r/{region}/.../{id}}) share: their id, and the error answer. */
public final class RecordPage {

  private RecordPage() {}

  /** The record id in the page's address, or {@code null} for a page without one. */
  public static Long recordId() {
    Object id =
        ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
            .getAttribute(TenantFilter.RECORD_ID);
    return id instanceof Long l ? l : null;
  }

  /**
   * Ends the request with the error page: 404 (not there, or another region's, or not for this
   * reader) or 403; does nothing for 200.
   */
  public static void answer(int status) throws IOException {
    if (status == 200) {
      return;
    }
    FacesContext context = FacesContext.getCurrentInstance();
    ((HttpServletRequest) context.getExternalContext().getRequest())
        .setAttribute(TenantFilter.ERROR_KEY, status == 404 ? "error.notFound" : "error.forbidden");
    context.getExternalContext().responseSendError(status, "");
    context.responseComplete();
  }
}
