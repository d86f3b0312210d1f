package nl.regioportal.web.governance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.regioportal.governance.application.BodyView;
import nl.regioportal.governance.application.GoverningBodies;
import nl.regioportal.governance.domain.BodyDraft;
import nl.regioportal.governance.domain.BodyKind;
import nl.regioportal.governance.domain.SeatDraft;
import nl.regioportal.governance.domain.SeatRole;
import nl.regioportal.governance.domain.TermDraft;
import nl.regioportal.organisation.application.OrganisationService;
import nl.regioportal.organisation.application.OrganisationSummary;
import nl.regioportal.web.faces.PageMessages;

/**
 * The region's governing bodies (issue 11, point 1): each body with its seats and who holds each
 * seat today, for every member of the region; for the coordinators the forms that add a body, a
 * seat and a term, end a term and remove a seat (after a confirmation). A refused change shows at
 * its field and changes nothing (the service's transaction; {@code PageExceptionHandler}).
 */
@Named
@ViewScoped
public class BodiesView implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

  @Inject GoverningBodies bodies;
  @Inject OrganisationService organisations;
  @Inject PageMessages messages;

  private transient List<BodyView> list;

  private final BodyInput body = new BodyInput();
  private final SeatInput seat = new SeatInput();
  private final TermInput term = new TermInput();

  /** The bodies, as the service orders them. */
  public List<BodyView> getBodies() {
    if (list == null) {
      list = bodies.list();
    }
    return list;
  }

  /** Whom the seat is held by today, or {@code null} when it is vacant. */
  public BodyView.Term holder(BodyView.Seat s) {
    return s.current().orElse(null);
  }

  public void createBody() {
    bodies.create(
        new BodyDraft(body.name, body.kind, body.description, body.parentId, Boolean.TRUE));
    messages.info("bodies.created", body.name);
    body.clear();
    list = null;
  }

  public void addSeat() {
    if (seat.bodyId == null) {
      messages.error("newSeat:bodyId", "bodies.seat.bodyRequired");
      jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    bodies.addSeat(seat.bodyId, new SeatDraft(seat.role, seat.organisationId, seat.label));
    messages.info("bodies.seatAdded");
    seat.clear();
    list = null;
  }

  public void addTerm() {
    long[] ids = seatIds(term.seat);
    if (ids == null) {
      messages.error("newTerm:seat", "bodies.term.seatRequired");
      jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    bodies.addTerm(
        ids[0],
        ids[1],
        new TermDraft(term.personName, term.email, null, term.startDate, term.endDate));
    messages.info("bodies.termAdded", term.personName);
    term.clear();
    list = null;
  }

  /** Ends a term today: its last day is today (a successor can start tomorrow). */
  public void endTerm(BodyView b, BodyView.Seat s, BodyView.Term t) {
    bodies.updateTerm(
        b.id(),
        s.id(),
        t.id(),
        t.version(),
        new TermDraft(t.personName(), t.email(), t.username(), t.startDate(), today()));
    messages.info("bodies.termEnded", t.personName());
    list = null;
  }

  public void removeSeat(BodyView b, BodyView.Seat s) {
    bodies.removeSeat(b.id(), s.id());
    messages.info("bodies.seatRemoved");
    list = null;
  }

  /** Whether a term may be ended today: it is running and has no end yet or a later one. */
  public boolean endable(BodyView.Term t) {
    LocalDate today = today();
    return !t.startDate().isAfter(today) && (t.endDate() == null || t.endDate().isAfter(today));
  }

  /** The seats to give a term to: {@code bodyId:seatId} and a label naming body and seat. */
  public Map<String, String> getSeatOptions() {
    Map<String, String> options = new java.util.LinkedHashMap<>();
    for (BodyView b : getBodies()) {
      for (BodyView.Seat s : b.seats()) {
        String role = messages.text("bodies.role." + s.role().name());
        String what = s.label() == null || s.label().isBlank() ? role : role + ", " + s.label();
        options.put(b.name() + " — " + what, b.id() + ":" + s.id());
      }
    }
    return options;
  }

  /** The region's active organisations, by name, for a seat's organisation. */
  public List<OrganisationSummary> getOrganisations() {
    return organisations.activeByName();
  }

  public BodyKind[] getKinds() {
    return BodyKind.values();
  }

  public SeatRole[] getRoles() {
    return SeatRole.values();
  }

  public BodyInput getBody() {
    return body;
  }

  public SeatInput getSeat() {
    return seat;
  }

  public TermInput getTerm() {
    return term;
  }

  private static long[] seatIds(String key) {
    if (key == null || !key.matches("\\d{1,18}:\\d{1,18}")) {
      return null;
    }
    String[] parts = key.split(":");
    return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
  }

  private static LocalDate today() {
    return LocalDate.now(DUTCH);
  }

  /** The form for a new body. */
  public static final class BodyInput implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private BodyKind kind = BodyKind.ADMINISTRATIVE_TABLE;
    private Long parentId;
    private String description;

    void clear() {
      name = null;
      kind = BodyKind.ADMINISTRATIVE_TABLE;
      parentId = null;
      description = null;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public BodyKind getKind() {
      return kind;
    }

    public void setKind(BodyKind kind) {
      this.kind = kind;
    }

    public Long getParentId() {
      return parentId;
    }

    public void setParentId(Long parentId) {
      this.parentId = parentId;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }
  }

  /** The form for a new seat. */
  public static final class SeatInput implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long bodyId;
    private SeatRole role = SeatRole.MEMBER;
    private Long organisationId;
    private String label;

    void clear() {
      role = SeatRole.MEMBER;
      organisationId = null;
      label = null;
    }

    public Long getBodyId() {
      return bodyId;
    }

    public void setBodyId(Long bodyId) {
      this.bodyId = bodyId;
    }

    public SeatRole getRole() {
      return role;
    }

    public void setRole(SeatRole role) {
      this.role = role;
    }

    public Long getOrganisationId() {
      return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
      this.organisationId = organisationId;
    }

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }
  }

  /** The form for a new term. */
  public static final class TermInput implements Serializable {
    private static final long serialVersionUID = 1L;
    private String seat;
    private String personName;
    private String email;
    private LocalDate startDate;
    private LocalDate endDate;

    void clear() {
      personName = null;
      email = null;
      startDate = null;
      endDate = null;
    }

    public String getSeat() {
      return seat;
    }

    public void setSeat(String seat) {
      this.seat = seat;
    }

    public String getPersonName() {
      return personName;
    }

    public void setPersonName(String personName) {
      this.personName = personName;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public LocalDate getStartDate() {
      return startDate;
    }

    public void setStartDate(LocalDate startDate) {
      this.startDate = startDate;
    }

    public LocalDate getEndDate() {
      return endDate;
    }

    public void setEndDate(LocalDate endDate) {
      this.endDate = endDate;
    }
  }
}
