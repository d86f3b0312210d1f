package nl.regioportal.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.regioportal.governance.domain.AgendaDocument;
import nl.regioportal.governance.domain.AgendaDocumentContent;
import nl.regioportal.governance.domain.AgendaItem;
import nl.regioportal.governance.domain.DocumentType;
import nl.regioportal.governance.domain.Meeting;
import nl.regioportal.governance.domain.MeetingStatus;
import nl.regioportal.governance.domain.SeatTerm;
import nl.regioportal.referral.application.AttachmentRefusedException;
import nl.regioportal.referral.domain.AttachmentRules;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.persistence.TenantEntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The documents of agenda items (issue 11, point 3): the coordinators add them (checked by the
 * referral attachments' rules: the real type from the bytes, PDF, Word, OpenDocument, images and
 * text only; at most {@code portal.governance.documents.max-bytes}, 8 MB (below the request limit
 * of 10 MiB), a file and 20 an item) while the meeting is not closed, and remove them before it is
 * held. Every member of the region reads the documents that are not confidential; a confidential
 * one is for the body's members (its seat holders today, by portal user name) and the coordinators,
 * and to anyone else it answers as not found, as a missing one does.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class AgendaDocuments {

  private static final String REFUSAL = "Only the region's coordinators add or remove documents.";

  @Inject TenantEntityManager tenantEm;
  @Inject RegionAccess access;
  @Inject CurrentCaller caller;

  @Inject
  @ConfigProperty(name = "portal.governance.documents.max-bytes", defaultValue = "8388608")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "portal.governance.documents.max-count", defaultValue = "20")
  int maxCount;

  Clock clock = Clock.systemUTC();

  /** A document as listed: never its bytes. */
  public record Document(
      long id,
      long itemId,
      String fileName,
      String mediaType,
      DocumentType type,
      boolean confidential,
      long sizeBytes,
      LocalDateTime uploadedAt) {}

  /** A document's bytes, with the name and type to serve them under. */
  public record Download(String fileName, String mediaType, byte[] content) {}

  public AttachmentRules.Limits limits() {
    return new AttachmentRules.Limits(maxBytes, maxCount, maxBytes * maxCount);
  }

  /** Reads at most one byte more than the limit, so an oversized file is refused, not stored. */
  public Document add(
      long meetingId,
      long itemId,
      String fileName,
      String declaredType,
      DocumentType type,
      boolean confidential,
      InputStream in)
      throws IOException {
    byte[] content =
        in == null
            ? new byte[0]
            : in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
    return add(meetingId, itemId, fileName, declaredType, type, confidential, content);
  }

  public Document add(
      long meetingId,
      long itemId,
      String fileName,
      String declaredType,
      DocumentType type,
      boolean confidential,
      byte[] content) {
    access.requireManager(REFUSAL);
    var em = tenantEm.em();
    Meeting m = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
    if (m == null) {
      throw new NotFoundException("meeting", meetingId);
    }
    if (m.status() == MeetingStatus.CANCELLED || m.status() == MeetingStatus.MINUTES_APPROVED) {
      throw new ConflictException(Violation.of("file", "governance.document.closed"));
    }
    AgendaItem item = item(m, itemId);
    if (type == null) {
      throw new InvalidInputException(
          List.of(Violation.of("type", "governance.document.type.required")));
    }
    List<AgendaDocument> existing = of(item.id());
    long total = existing.stream().mapToLong(AgendaDocument::sizeBytes).sum();
    AttachmentRules.Result checked =
        AttachmentRules.check(fileName, declaredType, content, limits(), existing.size(), total);
    if (!checked.ok()) {
      // the referral attachments' rules, in the words of meeting documents
      throw new AttachmentRefusedException(
          checked.refusal(),
          checked.violations().stream()
              .map(
                  v ->
                      new Violation(
                          v.field(),
                          v.key().replace("referral.attachment.", "governance.document."),
                          v.args()))
              .toList());
    }
    AgendaDocument d =
        new AgendaDocument(
            item,
            checked.fileName(),
            checked.mediaType(),
            type,
            confidential,
            content.length,
            nl.regioportal.shared.Sha256.hex(content),
            caller.username(),
            LocalDateTime.now(clock));
    em.persist(d);
    em.flush();
    em.persist(new AgendaDocumentContent(d.id(), content));
    em.flush();
    return describe(d);
  }

  /** The documents of a meeting's items the caller may see, by item, in upload order. */
  public List<Document> visible(long meetingId) {
    access.requireMember();
    var em = tenantEm.em();
    Meeting m = em.find(Meeting.class, meetingId);
    if (m == null) {
      throw new NotFoundException("meeting", meetingId);
    }
    boolean member = mayReadConfidential(m);
    return em
        .createQuery(
            "select d from AgendaDocument d where d.meetingId = :m order by d.itemId, d.id",
            AgendaDocument.class)
        .setParameter("m", meetingId)
        .getResultList()
        .stream()
        .filter(d -> member || !d.isConfidential())
        .map(AgendaDocuments::describe)
        .toList();
  }

  /** A document's bytes; a confidential one for a non-member answers as not found. */
  public Download download(long meetingId, long documentId) {
    access.requireMember();
    var em = tenantEm.em();
    AgendaDocument d = em.find(AgendaDocument.class, documentId);
    Meeting m = em.find(Meeting.class, meetingId);
    if (d == null || m == null || d.meetingId() != meetingId) {
      throw new NotFoundException("document", documentId);
    }
    if (d.isConfidential() && !mayReadConfidential(m)) {
      throw new NotFoundException("document", documentId);
    }
    AgendaDocumentContent c = em.find(AgendaDocumentContent.class, d.id());
    if (c == null) {
      throw new NotFoundException("document", documentId);
    }
    return new Download(d.fileName(), d.mediaType(), c.content());
  }

  /** Removes a document of a meeting that is still to come. */
  public void remove(long meetingId, long documentId) {
    access.requireManager(REFUSAL);
    var em = tenantEm.em();
    Meeting m = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
    AgendaDocument d = em.find(AgendaDocument.class, documentId);
    if (m == null || d == null || d.meetingId() != meetingId) {
      throw new NotFoundException("document", documentId);
    }
    if (!m.status().isUpcoming()) {
      throw new ConflictException(Violation.of(null, "governance.meeting.closed"));
    }
    AgendaDocumentContent c = em.find(AgendaDocumentContent.class, d.id());
    if (c != null) {
      em.remove(c);
    }
    em.remove(d);
    em.flush();
  }

  /** The coordinators, and whoever holds a seat of the meeting's body today by user name. */
  boolean mayReadConfidential(Meeting m) {
    if (access.managesActiveRegion()) {
      return true;
    }
    String me = caller.username();
    LocalDate today = LocalDate.now(clock.withZone(MeetingRegister.DUTCH));
    return tenantEm
        .em()
        .createQuery(
            "select t from SeatTerm t where t.username = :u and t.seatId in"
                + " (select s.id from BodySeat s where s.bodyId = :b)",
            SeatTerm.class)
        .setParameter("u", me)
        .setParameter("b", m.bodyId())
        .getResultList()
        .stream()
        .anyMatch(t -> t.period().includes(today));
  }

  private AgendaItem item(Meeting m, long itemId) {
    AgendaItem item = tenantEm.em().find(AgendaItem.class, itemId);
    if (item == null || item.meetingId() != m.id()) {
      throw new NotFoundException("agenda item", itemId);
    }
    return item;
  }

  private List<AgendaDocument> of(long itemId) {
    return tenantEm
        .em()
        .createQuery(
            "select d from AgendaDocument d where d.itemId = :i order by d.id",
            AgendaDocument.class)
        .setParameter("i", itemId)
        .getResultList();
  }

  private static Document describe(AgendaDocument d) {
    return new Document(
        d.id(),
        d.itemId(),
        d.fileName(),
        d.mediaType(),
        d.type(),
        d.isConfidential(),
        d.sizeBytes(),
        d.uploadedAt());
  }
}
