package nl.regioportal.shared;

/**
 * The caller signed in with a password alone and asks for student data, which needs a second factor
 * (issue 13): a page sends the person to step up at the identity provider, the API answers 401 with
 * {@code error="insufficient_user_authentication"} (RFC 9470). Still an {@link
 * AccessDeniedException}, so that whatever refuses those refuses this too.
 */
public class SecondFactorRequiredException extends AccessDeniedException {
  private static final long serialVersionUID = 1L;

  public SecondFactorRequiredException() {
    super(
        "Student data is shown only after signing in with a second factor (an authenticator app or"
            + " a security key).");
  }
}
