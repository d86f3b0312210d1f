package nl.regioportal.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import nl.regioportal.web.config.RunMode;
import nl.regioportal.web.security.DemoUsers;

/** The sign-in page (development login) and sign-out. */
@Named
@RequestScoped
public class LoginView {

  @Inject SecurityContext securityContext;
  @Inject PageMessages messages;
  @Inject RunMode runMode;

  private String username;
  private String password;
  private String next;

  public void signIn() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username.trim(),
                        new Password(password == null ? "" : password))));
    switch (status) {
      case SUCCESS -> external.redirect(external.getRequestContextPath() + safeNext());
      case SEND_CONTINUE -> context.responseComplete();
      default -> messages.error(null, "login.failed");
    }
  }

  public void signOut() throws IOException, ServletException {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
  }

  /** Only a path inside the portal: never an absolute URL another site could use. */
  String safeNext() {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
      return "/";
    }
    return next;
  }

  public List<DemoUsers.DemoUser> getDemoUsers() {
    return DemoUsers.ALL;
  }

  public String getDemoPassword() {
    return DemoUsers.PASSWORD;
  }

  public boolean isDevelopmentLogin() {
    return runMode.devLoginEnabled();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
