package nl.regioportal.web.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.regioportal.organisation.application.OrganisationPage;
import nl.regioportal.organisation.application.OrganisationQuery;
import nl.regioportal.organisation.application.OrganisationService;
import nl.regioportal.organisation.application.OrganisationSummary;
import nl.regioportal.organisation.domain.OrganisationType;
import nl.regioportal.web.faces.PageMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The organisation list: filter, sort and page in the database, deactivate after a confirmation.
 */
@Named
@ViewScoped
public class OrganisationsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OrganisationService service;
  @Inject PageMessages messages;

  private String text;
  private OrganisationType type;
  private boolean includeInactive;
  private OrganisationSummary selected;
  private LazyDataModel<OrganisationSummary> model;

  @PostConstruct
  void init() {
    model = new Model();
    String requested =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("type");
    if (requested != null) {
      type =
          java.util.Arrays.stream(OrganisationType.values())
              .filter(t -> t.name().equals(requested))
              .findFirst()
              .orElse(null);
    }
  }

  /** Lazy model: only the visible page is read; sorting and filtering happen in the query. */
  private final class Model extends LazyDataModel<OrganisationSummary> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) page(0, 1, Map.of()).total();
    }

    @Override
    public List<OrganisationSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      OrganisationPage page = page(first, pageSize, sortBy);
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(OrganisationSummary row) {
      return String.valueOf(row.id());
    }

    @Override
    public OrganisationSummary getRowData(String rowKey) {
      return null;
    }
  }

  private OrganisationPage page(int first, int pageSize, Map<String, SortMeta> sortBy) {
    OrganisationQuery.SortField field = OrganisationQuery.SortField.NAME;
    boolean ascending = true;
    if (sortBy != null && !sortBy.isEmpty()) {
      SortMeta sort = sortBy.values().iterator().next();
      field =
          switch (sort.getField()) {
            case "type" -> OrganisationQuery.SortField.TYPE;
            case "identifier" -> OrganisationQuery.SortField.IDENTIFIER;
            default -> OrganisationQuery.SortField.NAME;
          };
      ascending = sort.getOrder() != SortOrder.DESCENDING;
    }
    return service.search(
        new OrganisationQuery(text, type, includeInactive, field, ascending, first, pageSize));
  }

  public void deactivate() {
    if (selected == null) {
      return;
    }
    try {
      service.deactivate(selected.id());
      messages.info("organisations.deactivated", selected.name());
    } finally {
      selected = null;
    }
  }

  public void reactivate(OrganisationSummary row) {
    service.reactivate(row.id());
    messages.info("organisations.reactivated", row.name());
  }

  public OrganisationType[] getTypes() {
    return OrganisationType.values();
  }

  public LazyDataModel<OrganisationSummary> getModel() {
    return model;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public OrganisationType getType() {
    return type;
  }

  public void setType(OrganisationType type) {
    this.type = type;
  }

  public boolean isIncludeInactive() {
    return includeInactive;
  }

  public void setIncludeInactive(boolean includeInactive) {
    this.includeInactive = includeInactive;
  }

  public OrganisationSummary getSelected() {
    return selected;
  }

  public void setSelected(OrganisationSummary selected) {
    this.selected = selected;
  }
}
