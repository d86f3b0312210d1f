package nl.regioportal.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the pages for this session: Dutch until the person picks English. */
@Named
@SessionScoped
public class LocaleView implements Serializable {
  private static final long serialVersionUID = 1L;

  private Locale locale = Texts.DUTCH;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  /** Switches language and reloads the page the person is on. */
  public void switchTo(String language) throws java.io.IOException {
    locale = Texts.supported(Locale.forLanguageTag(language));
    FacesContext context = FacesContext.getCurrentInstance();
    context.getViewRoot().setLocale(locale);
    var request =
        (jakarta.servlet.http.HttpServletRequest) context.getExternalContext().getRequest();
    Object original = request.getAttribute(nl.regioportal.web.tenancy.TenantFilter.ORIGINAL_URI);
    String target = original != null ? (String) original : request.getRequestURI();
    context.getExternalContext().redirect(target);
  }
}
