package cn.zeren.directory.web;

import cn.zeren.directory.PersonAction;
import cn.zeren.platform.web.Pages;

import cn.zeren.directory.OrganisationService;
import cn.zeren.directory.PersonService;
import cn.zeren.organisation.Person;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.web.Messages;
import cn.zeren.security.AccessPolicy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * People administration (人员管理, {@code admin/people.xhtml}): search the people of the administrator's subtree
 * and create new ones. Other roles get 403; the service checks every call as well.
 */
@Named
@ViewScoped
public class PeoplePage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String CREATE_FORM = "createForm";

  @Inject PersonService people;
  @Inject OrganisationService organisations;
  @Inject AccessPolicy access;

  private String name;
  private Long organisationId;
  private boolean includeInactive;
  private List<PersonRow> results = List.of();
  private List<OrganisationRow> units = List.of();
  private PersonEditor editor = new PersonEditor();

  public void load() {
    Pages.load(
        () -> {
          if (!access.permitsSomewhere(PersonAction.MANAGE)) {
            throw new AccessDeniedException("error.accessDenied");
          }
          units = OrganisationTree.inDisplayOrder(organisations.visibleTree());
          search();
        });
  }

  public void search() {
    results = people.search(organisationId, name, includeInactive).stream().map(PersonRow::of).toList();
  }

  public void reset() {
    name = null;
    organisationId = null;
    includeInactive = false;
    search();
  }

  public void startCreate() {
    editor = PersonEditor.in(organisationId);
  }

  /** Creates the person and opens their page, where the account and roles are set up. */
  public String create() {
    Person person;
    try {
      person = people.create(editor.toForm());
    } catch (RuntimeException e) {
      Messages.show(e, CREATE_FORM);
      return null;
    }
    return "/admin/person.xhtml?faces-redirect=true&id=" + person.getId();
  }

  public List<OrganisationRow> getUnits() {
    return units;
  }

  /** Units that can take a new person: the active ones. */
  public List<OrganisationRow> getActiveUnits() {
    return units.stream().filter(OrganisationRow::active).toList();
  }

  public List<PersonRow> getResults() {
    return results;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public boolean isIncludeInactive() {
    return includeInactive;
  }

  public void setIncludeInactive(boolean includeInactive) {
    this.includeInactive = includeInactive;
  }

  public PersonEditor getEditor() {
    return editor;
  }
}
