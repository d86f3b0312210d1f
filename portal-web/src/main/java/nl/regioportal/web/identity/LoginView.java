package nl.regioportal.web.identity;

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
import nl.regioportal.web.faces.PageMessages;
import nl.regioportal.web.security.DemoUsers;
import nl.regioportal.web.security.OidcSignIn;
import nl.regioportal.web.security.PortalAuthenticationMechanism;
import nl.regioportal.web.security.PublicAddress;
import nl.regioportal.web.security.SignedInCaller;

/** The sign-in page (development login) and sign-out. */
@Named
@RequestScoped
public class LoginView {

  @Inject SecurityContext securityContext;
  @Inject PageMessages messages;
  @Inject RunMode runMode;
  @Inject OidcSignIn oidc;
  @Inject PublicAddress publicAddress;

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
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String idToken = null;
    var session = request.getSession(false);
    if (session != null
        && session.getAttribute(PortalAuthenticationMechanism.SESSION_KEY)
            instanceof SignedInCaller c) {
      idToken = c.idToken();
    }
    request.logout();
    external.invalidateSession();
    String signedOut = "/login.xhtml?signedOut=true";
    if (idToken != null && oidc.isConfigured()) {
      external.redirect(oidc.endSessionUrl(idToken, publicAddress.base(request) + signedOut));
    } else {
      external.redirect(external.getRequestContextPath() + signedOut);
    }
  }

  /** Only a path inside the portal: never an absolute URL another site could use. */
  String safeNext() {
    return PortalAuthenticationMechanism.localPath(next);
  }

  /** The address of the sign-in through the identity provider, back to {@code next}. */
  public String getOidcSignInUrl() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + PortalAuthenticationMechanism.OIDC_SIGN_IN
        + "?next="
        + java.net.URLEncoder.encode(safeNext(), java.nio.charset.StandardCharsets.UTF_8);
  }

  public boolean isOidcSignIn() {
    return oidc.isConfigured();
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
