package cn.zeren.directory.web;

import cn.zeren.directory.PersonAction;
import cn.zeren.platform.web.Pages;

import cn.zeren.directory.OrganisationService;
import cn.zeren.directory.PersonService;
import cn.zeren.organisation.Person;
import cn.zeren.platform.web.Messages;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One person for administrators ({@code admin/person.xhtml?id=N}): their data, deactivation, their sign-in account
 * (create, reset password, unlock, enable/disable), their role assignments and the posts they hold. A person
 * outside the administrator's subtree answers 403, an unknown one 404.
 */
@Named
@ViewScoped
public class PersonPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String PERSON_FORM = "personForm";
  static final String ACCOUNT_FORM = "accountForm";
  static final String ROLES_FORM = "rolesForm";

  @Inject PersonService people;
  @Inject OrganisationService organisations;
  @Inject AccessPolicy access;

  private String id;
  private long personId;
  private PersonRow person;
  private long version;
  private PersonEditor editor = new PersonEditor();
  private List<OrganisationRow> units = List.of();
  private AccountView account;
  private List<RoleRow> roles = List.of();
  private List<PostRow> posts = List.of();
  private String username;
  // Typed passwords live for one request only: they are cleared before the view state is saved.
  private String password;
  private Long roleOrganisationId;
  private Role role;

  public void load() {
    Pages.load(
        () -> {
          personId = Pages.id("person", id);
          Person p = people.get(personId);
          access.require(PersonAction.MANAGE, p.getOrganisation());
          units = OrganisationTree.inDisplayOrder(organisations.visibleTree());
          show(p);
        });
  }

  public void save() {
    try {
      people.update(personId, editor.getVersion(), editor.toForm());
    } catch (RuntimeException e) {
      Messages.show(e, PERSON_FORM);
      return;
    }
    Messages.info("common.saved");
    show(people.get(personId));
  }

  public void deactivate() {
    act(() -> people.deactivate(personId, version), "person.deactivated", null);
  }

  public void reactivate() {
    act(() -> people.reactivate(personId, version), "person.reactivated", null);
  }

  public void createAccount() {
    char[] secret = takePassword();
    act(() -> people.createAccount(personId, username, secret), "account.created", ACCOUNT_FORM);
  }

  public void resetPassword() {
    char[] secret = takePassword();
    act(() -> people.resetPassword(personId, secret), "account.passwordReset", ACCOUNT_FORM);
  }

  public void unlock() {
    act(() -> people.unlock(personId), "account.unlocked", ACCOUNT_FORM);
  }

  public void enableAccount() {
    act(() -> people.setAccountEnabled(personId, true), "account.enabled", ACCOUNT_FORM);
  }

  public void disableAccount() {
    act(() -> people.setAccountEnabled(personId, false), "account.disabled", ACCOUNT_FORM);
  }

  public void addRole() {
    try {
      people.assignRole(personId, roleOrganisationId, role);
    } catch (RuntimeException e) {
      Messages.show(e, ROLES_FORM);
      return;
    }
    roleOrganisationId = null;
    role = null;
    Messages.info("role.assigned");
    show(people.get(personId));
  }

  public void revokeRole(long assignmentId, long assignmentVersion) {
    act(() -> people.revokeRole(assignmentId, assignmentVersion), "role.revoked", ROLES_FORM);
  }

  /**
   * Runs one change that has no form of its own to keep, then shows the person as now stored — after a refusal
   * too, so that a stale version is replaced by the current one.
   */
  private void act(Runnable change, String doneKey, String formId) {
    try {
      change.run();
      Messages.info(doneKey);
    } catch (RuntimeException e) {
      Messages.show(e, formId);
    }
    show(people.get(personId));
  }

  private void show(Person p) {
    person = PersonRow.of(p);
    version = p.getVersion();
    editor = PersonEditor.of(p);
    account = people.accountOf(personId).map(a -> AccountView.of(a, Instant.now())).orElse(null);
    roles = people.rolesOf(personId).stream().map(RoleRow::of).toList();
    posts = people.postsOf(personId).stream().map(PostRow::of).toList();
  }

  private char[] takePassword() {
    char[] secret = password == null ? null : password.toCharArray();
    password = null;
    return secret;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public PersonRow getPerson() {
    return person;
  }

  public PersonEditor getEditor() {
    return editor;
  }

  public List<OrganisationRow> getUnits() {
    return units;
  }

  /** Units a role can be given for: the active ones. */
  public List<OrganisationRow> getActiveUnits() {
    return units.stream().filter(OrganisationRow::active).toList();
  }

  public AccountView getAccount() {
    return account;
  }

  public List<RoleRow> getRoles() {
    return roles;
  }

  public List<PostRow> getPosts() {
    return posts;
  }

  public Role[] getAllRoles() {
    return Role.values();
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

  public Long getRoleOrganisationId() {
    return roleOrganisationId;
  }

  public void setRoleOrganisationId(Long roleOrganisationId) {
    this.roleOrganisationId = roleOrganisationId;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}
