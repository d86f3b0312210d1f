package nl.regioportal.web.faces;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.web.tenancy.PageRoute;
import nl.regioportal.web.tenancy.TenantFilter;

/**
 * Keeps region pages on their public URLs: a form on {@code /r/29/organisations/7} posts back to
 * that URL, not to the internal view {@code /app/organisation.xhtml}, so the region (and the
 * record) stay in the address the tenant filter checks.
 */
public class RegionViewHandler extends ViewHandlerWrapper {

  public RegionViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String requestedViewId) {
    String viewId =
        requestedViewId != null && !requestedViewId.startsWith("/")
            ? "/" + requestedViewId
            : requestedViewId;
    if (viewId == null || !viewId.startsWith("/app/")) {
      return super.getActionURL(context, viewId);
    }
    HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
    Object original = request.getAttribute(TenantFilter.ORIGINAL_URI);
    if (original != null
        && context.getViewRoot() != null
        && viewId.equals(context.getViewRoot().getViewId())) {
      return (String) original;
    }
    TenantContext tenant = CDI.current().select(TenantContext.class).get();
    return tenant
        .current()
        .map(r -> request.getContextPath() + "/r/" + r.value() + PageRoute.pathOf(viewId))
        .orElseGet(() -> super.getActionURL(context, viewId));
  }
}
