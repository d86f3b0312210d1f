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

  /** A warning the service gave with a result (the result stands; the reader should know). */
  public void warning(Violation v) {
    add(null, FacesMessage.SEVERITY_WARN, Texts.text(locale(), v));
  }

  public void error(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  /**
   * Shows a violation at its field ({@code formId:field}) and in the summary; only in the summary
   * when there is no form ({@code formId} {@code null}).
   */
  public void violation(String formId, Violation v) {
    FacesContext context = FacesContext.getCurrentInstance();
    String clientId = null;
    if (v.field() != null && formId != null) {
      // a row of a table: parts[1].percent is the component edit:parts:1:percent
      String inRow = formId + ":" + v.field().replaceAll("\\[(\\d+)\\]\\.", ":$1:");
      String flat = formId + ":" + v.field().replaceAll("[\\[\\].]", "_");
      clientId = findable(context, inRow) ? inRow : flat;
    }
    String text = Texts.text(locale(), v);
    if (clientId != null && findable(context, clientId)) {
      context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
    add(null, FacesMessage.SEVERITY_ERROR, text);
    context.validationFailed();
  }

  /** Whether a component with this client id is on the page (rows of a table included). */
  private static boolean findable(FacesContext context, String clientId) {
    boolean[] found = {false};
    context.getViewRoot().invokeOnComponent(context, clientId, (ctx, component) -> found[0] = true);
    return found[0];
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
