package nl.regioportal.web.it.browser;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/** Measurements of the page as laid out: its width, and what keyboard focus looks like. */
public final class Layout {

  private Layout() {}

  /** How wide the document is against the window, and the elements that stick out. */
  public record Width(long scrollWidth, long innerWidth, List<String> protruding) {
    public boolean fits() {
      return scrollWidth <= innerWidth;
    }

    @Override
    public String toString() {
      return "document "
          + scrollWidth
          + " px wide in a window of "
          + innerWidth
          + " px"
          + (protruding.isEmpty() ? "" : "; sticking out: " + protruding);
    }
  }

  /**
   * The focused element and the focus indicator drawn for it: on the element itself or, for
   * PrimeFaces' composite widgets (a select menu, a checkbox), on the part that shows focus ({@code
   * .ui-state-focus}).
   */
  public record Focus(String element, List<String> indicators, boolean visible) {
    @Override
    public String toString() {
      return element + " " + indicators;
    }
  }

  @SuppressWarnings("unchecked")
  public static Width width(WebDriver driver) {
    Map<String, Object> m =
        (Map<String, Object>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "var w = window.innerWidth, out = [];"
                        + " document.querySelectorAll('body *').forEach(function (e) {"
                        + "   var r = e.getBoundingClientRect();"
                        + "   if (r.right > w + 1 && out.length < 8 && e.offsetParent !== null) {"
                        + "     out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                        + "       + (e.className && e.className.baseVal === undefined"
                        + "          ? '.' + String(e.className).trim().split(/\\s+/).join('.')"
                        + "          : '') + ' (right ' + Math.round(r.right) + ')');"
                        + "   }"
                        + " });"
                        + " return {scrollWidth: document.documentElement.scrollWidth,"
                        + "   innerWidth: w, protruding: out};");
    return new Width(
        ((Number) m.get("scrollWidth")).longValue(),
        ((Number) m.get("innerWidth")).longValue(),
        (List<String>) m.get("protruding"));
  }

  /**
   * The fields and table cells inside {@code main} that a person cannot read where they are: their
   * box leaves the window on the left or the right (inside a scroller too, which hides them until
   * one scrolls). Hidden elements, PrimeFaces' visually hidden inputs and what sits in a visually
   * hidden box (a clipped 1 px header) do not count. At most 12.
   */
  @SuppressWarnings("unchecked")
  public static List<String> outOfView(WebDriver driver) {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "var w = window.innerWidth, out = [];"
                    + " document.querySelectorAll('main input:not([type=hidden]), main select,"
                    + "   main textarea, main td, main th').forEach(function (e) {"
                    + "   if (e.offsetParent === null || e.closest('.ui-helper-hidden-accessible')"
                    + "       || getComputedStyle(e).display === 'none') return;"
                    + "   for (var up = e.parentElement; up && up.tagName !== 'MAIN'; up = up.parentElement) {"
                    + "     var b = up.getBoundingClientRect(), st = getComputedStyle(up);"
                    + "     if (st.overflow === 'hidden' && b.width <= 1) return;"
                    + "   }"
                    + "   var r = e.getBoundingClientRect();"
                    + "   if (r.width > 0 && (r.right > w + 1 || r.left < -1) && out.length < 12) {"
                    + "     out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' \"'"
                    + "       + (e.value || e.textContent || '').trim().substring(0, 30) + '\" ('"
                    + "       + Math.round(r.left) + '..' + Math.round(r.right) + ')');"
                    + "   }"
                    + " });"
                    + " return out;");
  }

  /** Presses Tab once (keyboard focus, so :focus-visible applies) and reads the focused element. */
  public static Focus tab(WebDriver driver) {
    new Actions(driver).sendKeys(Keys.TAB).perform();
    return focused(driver);
  }

  /**
   * The focused element and whether a ring shows where it is: an outline that is drawn (style not
   * none, width above 0) or a box shadow of a colour that is not transparent and some width. Read
   * once the focus transitions have finished.
   */
  @SuppressWarnings("unchecked")
  public static Focus focused(WebDriver driver) {
    Map<String, Object> m =
        (Map<String, Object>)
            ((JavascriptExecutor) driver)
                .executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                        + " var e = document.activeElement;"
                        + " var parts = [e];"
                        + " var shown = e.closest('.ui-state-focus'); if (shown && shown !== e) parts.push(shown);"
                        + " var up = e.parentElement;"
                        + " for (var i = 0; up && i < 3; i++, up = up.parentElement) {"
                        + "   var f = up.querySelector('.ui-state-focus');"
                        + "   if (f && parts.indexOf(f) < 0) { parts.push(f); break; }"
                        + " }"
                        + " Promise.all(document.getAnimations().map(function (a) {"
                        + "   return a.finished.catch(function () {}); }))"
                        + " .then(function () {"
                        + "   function ring(el) {"
                        + "     var s = getComputedStyle(el);"
                        + "     var outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0"
                        + "       && !/rgba\\([^)]*,\\s*0\\)/.test(s.outlineColor)"
                        + "       && s.outlineColor !== 'transparent';"
                        + "     var shadow = s.boxShadow !== 'none' && s.boxShadow.split(/,(?![^(]*\\))/)"
                        + "       .some(function (one) {"
                        + "         if (/rgba\\([^)]*,\\s*0\\)/.test(one)) return false;"
                        + "         var px = (one.replace(/rgba?\\([^)]*\\)/, '').match(/-?[\\d.]+px/g) || [])"
                        + "           .map(parseFloat);"
                        + "         return px.length >= 3 && (Math.abs(px[2]) > 0.5 || Math.abs(px[3] || 0) > 0.5);"
                        + "       });"
                        + "     return {text: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')"
                        + "       + ' outline ' + s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor"
                        + "       + ', box-shadow ' + s.boxShadow, visible: outline || shadow};"
                        + "   }"
                        + "   var rings = parts.map(ring);"
                        + "   done({element: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                        + "     + ' \"' + (e.textContent || e.value || '').trim().substring(0, 40) + '\"',"
                        + "     indicators: rings.map(function (r) { return r.text; }),"
                        + "     visible: rings.some(function (r) { return r.visible; })});"
                        + " });");
    return new Focus(
        (String) m.get("element"),
        (List<String>) m.get("indicators"),
        Boolean.TRUE.equals(m.get("visible")));
  }
}
