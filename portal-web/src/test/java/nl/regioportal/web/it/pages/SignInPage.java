package nl.regioportal.web.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The sign-in page with the development login (demo users, password {@code demo}). */
public final class SignInPage extends Page {

  public static final String DEMO_PASSWORD = "demo";

  SignInPage(WebDriver driver) {
    super(driver);
    expect(By.id("login:username"), "the sign-in form");
  }

  /** Signs in; the portal then opens the page the sign-in page was asked for. */
  public void signInAs(String user) {
    signIn(user, DEMO_PASSWORD);
  }

  public void signIn(String user, String password) {
    type("login:username", user);
    type("login:password", password);
    clickAndLeave(byId("login:submit"));
  }
}
