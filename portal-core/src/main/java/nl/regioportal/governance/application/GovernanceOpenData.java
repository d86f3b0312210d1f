package nl.regioportal.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.regioportal.governance.domain.AgendaDocument;
import nl.regioportal.governance.domain.AgendaDocumentContent;
import nl.regioportal.governance.domain.AgendaItem;
import nl.regioportal.governance.domain.Decision;
import nl.regioportal.governance.domain.GoverningBody;
import nl.regioportal.governance.domain.Meeting;
import nl.regioportal.governance.domain.MeetingStatus;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * The governance's open data (issue 11, point 8): the region's public meetings whose agenda was
 * published (or that were held), with their items, decisions and non-confidential documents, as
 * JSON in the style of Open Raadsinformatie (schema.org types: Meeting, AgendaItem, MediaObject;
 * the body as an Organization). Without personal data: no owners of items, no recorders of
 * decisions, no actions (they name people), no seat holders. Readable without signing in.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class GovernanceOpenData {

  /** The meeting states that are public for a public meeting. */
  static final List<MeetingStatus> PUBLIC =
      List.of(MeetingStatus.AGENDA_PUBLISHED, MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED);

  @Inject TenantEntityManager tenantEm;
  @Inject TenantContext tenant;

  /**
   * The active region's public meetings, the latest first.
   *
   * @param base the open data's address for the region ({@code .../api/open/{region}})
   */
  public JsonObject meetings(String base) {
    var em = tenantEm.em();
    List<Meeting> meetings =
        em.createQuery(
                "select m from Meeting m where m.publicMeeting = true and m.status in :s"
                    + " order by m.startsAt desc, m.id desc",
                Meeting.class)
            .setParameter("s", PUBLIC)
            .getResultList();
    Map<Long, GoverningBody> bodies =
        em
            .createQuery("select b from GoverningBody b", GoverningBody.class)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(GoverningBody::id, Function.identity()));
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (Meeting m : meetings) {
      items.add(meeting(m, bodies.get(m.bodyId()), base));
    }
    return Json.createObjectBuilder()
        .add("@context", "https://schema.org/")
        .add("region", tenant.require().value())
        .add("meetings", items)
        .build();
  }

  /** A public document's bytes; anything else (confidential, not public, none) is not found. */
  public AgendaDocuments.Download document(long documentId) {
    var em = tenantEm.em();
    AgendaDocument d = em.find(AgendaDocument.class, documentId);
    Meeting m = d == null ? null : em.find(Meeting.class, d.meetingId());
    if (d == null
        || d.isConfidential()
        || m == null
        || !m.isPublic()
        || !PUBLIC.contains(m.status())) {
      throw new NotFoundException("document", documentId);
    }
    AgendaDocumentContent c = em.find(AgendaDocumentContent.class, d.id());
    if (c == null) {
      throw new NotFoundException("document", documentId);
    }
    return new AgendaDocuments.Download(d.fileName(), d.mediaType(), c.content());
  }

  private JsonObjectBuilder meeting(Meeting m, GoverningBody body, String base) {
    var em = tenantEm.em();
    List<AgendaItem> items =
        em.createQuery(
                "select i from AgendaItem i where i.meetingId = :m order by i.position, i.id",
                AgendaItem.class)
            .setParameter("m", m.id())
            .getResultList();
    Map<Long, Decision> decisions =
        em
            .createQuery("select d from Decision d where d.meetingId = :m", Decision.class)
            .setParameter("m", m.id())
            .getResultList()
            .stream()
            .collect(Collectors.toMap(Decision::itemId, Function.identity()));
    Map<Long, List<AgendaDocument>> documents =
        em
            .createQuery(
                "select d from AgendaDocument d where d.meetingId = :m and d.confidential = false"
                    + " order by d.id",
                AgendaDocument.class)
            .setParameter("m", m.id())
            .getResultList()
            .stream()
            .collect(Collectors.groupingBy(AgendaDocument::itemId));
    JsonArrayBuilder agenda = Json.createArrayBuilder();
    for (AgendaItem i : items) {
      JsonObjectBuilder item =
          Json.createObjectBuilder()
              .add("@type", "AgendaItem")
              .add("@id", base + "/meetings/" + m.id() + "#item-" + i.position())
              .add("position", i.position())
              .add("name", i.title())
              .add("classification", i.type().name().toLowerCase(Locale.ROOT));
      if (i.proposedDecision() != null) {
        item.add("proposedDecision", i.proposedDecision());
      }
      Decision d = decisions.get(i.id());
      if (d != null) {
        item.add(
            "decision",
            Json.createObjectBuilder()
                .add("outcome", d.outcome().name().toLowerCase(Locale.ROOT))
                .add("text", d.text()));
      }
      JsonArrayBuilder attachments = Json.createArrayBuilder();
      for (AgendaDocument doc : documents.getOrDefault(i.id(), List.of())) {
        attachments.add(
            Json.createObjectBuilder()
                .add("@type", "MediaObject")
                .add("name", doc.fileName())
                .add("encodingFormat", doc.mediaType())
                .add("contentSize", doc.sizeBytes())
                .add("sha256", doc.sha256())
                .add("contentUrl", URI.create(base + "/documents/" + doc.id()).toString()));
      }
      item.add("attachment", attachments);
      agenda.add(item);
    }
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("@type", "Meeting")
            .add("@id", base + "/meetings/" + m.id())
            .add("identifier", m.uid())
            .add("name", m.title())
            .add(
                "startDate",
                m.startsAt().atZone(MeetingRegister.DUTCH).toOffsetDateTime().toString())
            .add("endDate", m.endsAt().atZone(MeetingRegister.DUTCH).toOffsetDateTime().toString())
            .add("status", m.status().name().toLowerCase(Locale.ROOT))
            .add("dateModified", m.updatedAt().atOffset(ZoneOffset.UTC).toString())
            .add(
                "organizer",
                Json.createObjectBuilder()
                    .add("@type", "Organization")
                    .add("name", body == null ? "" : body.name())
                    .add(
                        "classification",
                        body == null ? "" : body.kind().name().toLowerCase(Locale.ROOT)))
            .add("agenda", agenda);
    if (m.location() != null) {
      o.add("location", m.location());
    }
    return o;
  }
}
