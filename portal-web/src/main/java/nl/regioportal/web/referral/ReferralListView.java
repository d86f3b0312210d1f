package nl.regioportal.web.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.regioportal.referral.application.ReferralSummary;
import nl.regioportal.referral.application.Referrals;
import nl.regioportal.referral.domain.ReferralState;
import nl.regioportal.tenant.PortalRole;
import nl.regioportal.tenant.RegionAccess;

/**
 * The referrals page ({@code /r/{region}/referrals}): what the caller's organisation sent, and for
 * care workers what it received (their inbox), switched by {@code ?side=received}; filtered by
 * {@code ?state=} and paged by {@code ?page=}. A plain GET form, so a filtered list is a link one
 * can keep. School staff see the received side too when their school received something (a care
 * partner may refer back), but care workers land on it first, as it is their inbox.
 */
@Named
@RequestScoped
public class ReferralListView {

  static final int PAGE_SIZE = 20;

  @Inject Referrals referrals;
  @Inject RegionAccess access;

  private Referrals.Side side = Referrals.Side.SENT;
  private String state;
  private int page = 1;
  private List<ReferralSummary> items;
  private boolean more;

  public void load() {
    Map<String, String> p =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String s = p.get("side");
    if (s == null) {
      side =
          access.hasRoleInActiveRegion(PortalRole.CARE_WORKER)
              ? Referrals.Side.RECEIVED
              : Referrals.Side.SENT;
    } else {
      side = "received".equals(s) ? Referrals.Side.RECEIVED : Referrals.Side.SENT;
    }
    ReferralState filter = null;
    String st = p.get("state");
    if (st != null && !st.isBlank()) {
      try {
        filter = ReferralState.valueOf(st);
        state = st;
      } catch (IllegalArgumentException e) {
        state = null;
      }
    }
    try {
      page = Math.max(1, Integer.parseInt(String.valueOf(p.get("page"))));
    } catch (NumberFormatException e) {
      page = 1;
    }
    // a full page may have a next one; the list is not asked for it ahead, as every student name
    // it answers is written to the audit trail as seen
    items = referrals.list(side, filter, page, PAGE_SIZE);
    more = items.size() == PAGE_SIZE;
  }

  public List<ReferralSummary> getItems() {
    return items == null ? List.of() : items;
  }

  public boolean isReceived() {
    return side == Referrals.Side.RECEIVED;
  }

  public String getSide() {
    return isReceived() ? "received" : "sent";
  }

  public String getState() {
    return state;
  }

  public boolean isFiltered() {
    return state != null;
  }

  public int getPage() {
    return page;
  }

  public boolean isMore() {
    return more;
  }

  public List<ReferralState> getStates() {
    return List.of(ReferralState.values());
  }

  /** The query of this list at another page. */
  public String query(int atPage) {
    return "?side=" + getSide() + (state == null ? "" : "&state=" + state) + "&page=" + atPage;
  }
}
