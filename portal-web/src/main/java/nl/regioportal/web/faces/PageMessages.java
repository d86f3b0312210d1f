package nl.regioportal.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Locale;
import nl.regioportal.shared.Violation;
import nl.regioportal.web.i18n.LocaleView;
import nl.regioportal.web.i18n.Texts;

/** Puts texts from the bundle on the page, in the person's language. */
@RequestScoped
public class PageMessages {

  @Inject LocaleView localeView;

  public Locale locale() {
    return localeView.getLocale();
  }

  public String text(String key, Object... args) {
    return Texts.text(locale(), key, args);
  }

  public void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, args));
  }

  /** Keeps an info message across a redirect (post-redirect-get). */
  public void infoAfterRedirect(String key, Object... args) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().getFlash().setKeepMessages(true);
    info(key, args);
  }

  public void error(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  /** Shows a violation at its field ({@code formId:field}) and in the summary. */
  public void violation(String formId, Violation v) {
    String clientId =
        v.field() == null ? null : formId + ":" + v.field().replaceAll("[\\[\\].]", "_");
    String text = Texts.text(locale(), v);
    FacesContext context = FacesContext.getCurrentInstance();
    if (clientId != null && context.getViewRoot().findComponent(clientId) != null) {
      context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
    add(null, FacesMessage.SEVERITY_ERROR, text);
    context.validationFailed();
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
