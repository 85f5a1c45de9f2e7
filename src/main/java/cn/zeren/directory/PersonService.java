package cn.zeren.directory;

import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Person;
import cn.zeren.organisation.Position;
import cn.zeren.organisation.PositionKind;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.NotFoundException;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.Role;
import cn.zeren.security.RoleAssignment;
import cn.zeren.security.UserAccount;
import cn.zeren.security.UserAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;

/**
 * People (人员), their posts in leadership teams and discipline organisations, their sign-in accounts and their
 * role assignments. Reading needs {@link PersonAction#VIEW} on the person's organisation, every change
 * {@link PersonAction#MANAGE}.
 */
@ApplicationScoped
public class PersonService {
  /** The field of a {@link PersonForm} that refusals about the person's organisation belong to. */
  private static final String FORM_ORGANISATION = "organisationId";

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject UserAccounts accounts;

  /** People of the caller's subtree, optionally narrowed to one organisation and a name fragment. */
  public List<Person> search(Long organisationId, String nameContains, boolean includeInactive) {
    String scope = access.scopeFor(PersonAction.VIEW);
    return em.createQuery(
            "SELECT p FROM Person p JOIN FETCH p.organisation o WHERE o.path LIKE :scope"
                + " AND (:org IS NULL OR o.id = :org)"
                + " AND (:name IS NULL OR p.name LIKE :name)"
                + " AND (:all = TRUE OR p.active = TRUE)"
                + " ORDER BY o.path, p.name",
            Person.class)
        .setParameter("scope", scope + "%")
        .setParameter("org", organisationId)
        .setParameter("name", nameContains == null || nameContains.isBlank() ? null : "%" + nameContains.trim() + "%")
        .setParameter("all", includeInactive)
        .setMaxResults(500)
        .getResultList();
  }

  public Person get(long id) {
    Person person = find(id);
    access.require(PersonAction.VIEW, person.getOrganisation());
    return person;
  }

  @Transactional
  public Person create(@Valid Person person) {
    Organisation org = organisation(person.getOrganisation().getId());
    access.require(PersonAction.MANAGE, org);
    requireActive(org);
    person.setOrganisation(org);
    em.persist(person);
    em.flush();
    return person;
  }

  /** Creates a person from a page's or the API's form. */
  @Transactional
  public Person create(@Valid PersonForm form) {
    Organisation org = organisation(form.organisationId(), FORM_ORGANISATION);
    access.require(PersonAction.MANAGE, org);
    requireActive(org, FORM_ORGANISATION);
    Person person = new Person();
    person.setName(form.name());
    person.setOrganisation(org);
    person.setJobTitle(form.jobTitle());
    person.setPhone(form.phone());
    person.setEmail(form.email());
    em.persist(person);
    em.flush();
    return person;
  }

  @Transactional
  public Person update(long id, long expectedVersion, @Valid PersonForm form) {
    Person person = find(id);
    access.require(PersonAction.MANAGE, person.getOrganisation());
    ConcurrentChangeException.check(expectedVersion, person.getVersion());
    Organisation target = organisation(form.organisationId(), FORM_ORGANISATION);
    access.require(PersonAction.MANAGE, target);
    if (!target.equals(person.getOrganisation())) {
      requireActive(target, FORM_ORGANISATION);
    }
    person.setName(form.name());
    person.setOrganisation(target);
    person.setJobTitle(form.jobTitle());
    person.setPhone(form.phone());
    person.setEmail(form.email());
    return person;
  }

  /** A person who leaves keeps their history; their posts end and they can no longer sign in. */
  @Transactional
  public Person deactivate(long id, long expectedVersion) {
    Person person = find(id);
    access.require(PersonAction.MANAGE, person.getOrganisation());
    ConcurrentChangeException.check(expectedVersion, person.getVersion());
    person.setActive(false);
    for (Position position : positionsOfPerson(id)) {
      position.setActive(false);
    }
    return person;
  }

  @Transactional
  public Person reactivate(long id, long expectedVersion) {
    Person person = find(id);
    access.require(PersonAction.MANAGE, person.getOrganisation());
    ConcurrentChangeException.check(expectedVersion, person.getVersion());
    requireActive(person.getOrganisation());
    person.setActive(true);
    return person;
  }

  /** The person's sign-in account with its lockout state; only administrators see it. */
  public Optional<UserAccount> accountOf(long personId) {
    Person person = find(personId);
    access.require(PersonAction.MANAGE, person.getOrganisation());
    return accounts.accountOf(person);
  }

  @Transactional
  public void createAccount(long personId, String username, char[] password) {
    Person person = find(personId);
    access.require(PersonAction.MANAGE, person.getOrganisation());
    accounts.create(person, username, password);
  }

  @Transactional
  public void resetPassword(long personId, char[] password) {
    Person person = find(personId);
    access.require(PersonAction.MANAGE, person.getOrganisation());
    accounts.resetPassword(person, password);
  }

  @Transactional
  public void unlock(long personId) {
    Person person = find(personId);
    access.require(PersonAction.MANAGE, person.getOrganisation());
    accounts.unlock(person);
  }

  @Transactional
  public void setAccountEnabled(long personId, boolean enabled) {
    Person person = find(personId);
    access.require(PersonAction.MANAGE, person.getOrganisation());
    accounts.setEnabled(person, enabled);
  }

  /** Gives a person a role for an organisation; both must lie in the administrator's subtree. */
  @Transactional
  public RoleAssignment assignRole(long personId, Long organisationId, Role role) {
    Person person = find(personId);
    if (organisationId == null) {
      throw DomainException.onField("organisation", "role.organisation.required");
    }
    Organisation org = organisation(organisationId);
    access.require(PersonAction.MANAGE, person.getOrganisation());
    access.require(PersonAction.MANAGE, org);
    requireActive(org);
    if (role == null) {
      throw DomainException.onField("role", "role.required");
    }
    return accounts.assign(person, org, role);
  }

  @Transactional
  public void revokeRole(long assignmentId, long expectedVersion) {
    RoleAssignment assignment = accounts.assignment(assignmentId);
    access.require(PersonAction.MANAGE, assignment.getOrganisation());
    ConcurrentChangeException.check(expectedVersion, assignment.getVersion());
    accounts.revoke(assignment);
  }

  public List<RoleAssignment> rolesOf(long personId) {
    Person person = get(personId);
    return accounts.assignmentsOf(person);
  }

  /**
   * Adds a post in a unit's leadership team or discipline organisation. A unit has one primary leader and one
   * discipline head at a time: the current one's post must end first.
   */
  @Transactional
  public Position addPosition(@Valid Position position) {
    Organisation org = organisation(position.getOrganisation().getId());
    Person person = find(position.getPerson().getId());
    access.require(PersonAction.MANAGE, org);
    access.require(PersonAction.VIEW, person.getOrganisation());
    requireActive(org);
    if (!person.isActive()) {
      throw DomainException.onField("person", "position.person.inactive", person.getName());
    }
    PositionKind kind = position.getKind();
    if (kind == PositionKind.PRIMARY_LEADER || kind == PositionKind.DISCIPLINE_HEAD) {
      positionsOf(org.getId()).stream()
          .filter(p -> p.isActive() && p.getKind() == kind)
          .findFirst()
          .ifPresent(
              holder -> {
                throw DomainException.onField(
                    "kind", "position.single", holder.getPerson().getName(), holder.getTitle());
              });
    }
    position.setOrganisation(org);
    position.setPerson(person);
    em.persist(position);
    return position;
  }

  @Transactional
  public Position updatePosition(long id, long expectedVersion, String title, String areasInCharge, int sortOrder) {
    Position position = position(id);
    access.require(PersonAction.MANAGE, position.getOrganisation());
    ConcurrentChangeException.check(expectedVersion, position.getVersion());
    if (title == null || title.isBlank()) {
      throw DomainException.onField("title", "position.title.required");
    }
    position.setTitle(title);
    position.setAreasInCharge(areasInCharge);
    position.setSortOrder(sortOrder);
    return position;
  }

  /** Ends a post (离任): the record stays, marked inactive. */
  @Transactional
  public void endPosition(long id, long expectedVersion) {
    Position position = position(id);
    access.require(PersonAction.MANAGE, position.getOrganisation());
    ConcurrentChangeException.check(expectedVersion, position.getVersion());
    position.setActive(false);
  }

  /** The leadership team and discipline organisation of a unit, active posts first, in display order. */
  public List<Position> positionsOf(long organisationId) {
    Organisation org = organisation(organisationId);
    access.require(PersonAction.VIEW, org);
    return em.createQuery(
            "SELECT p FROM Position p JOIN FETCH p.person WHERE p.organisation = :o"
                + " ORDER BY p.active DESC, p.sortOrder, p.id",
            Position.class)
        .setParameter("o", org)
        .getResultList();
  }

  List<Position> positionsOfPerson(long personId) {
    return em.createQuery(
            "SELECT p FROM Position p WHERE p.person.id = :p AND p.active = TRUE", Position.class)
        .setParameter("p", personId)
        .getResultList();
  }

  public List<Position> postsOf(long personId) {
    Person person = get(personId);
    return em.createQuery(
            "SELECT p FROM Position p JOIN FETCH p.organisation WHERE p.person = :p ORDER BY p.active DESC, p.id",
            Position.class)
        .setParameter("p", person)
        .getResultList();
  }

  private void requireActive(Organisation org) {
    requireActive(org, "organisation");
  }

  private void requireActive(Organisation org, String field) {
    if (!org.isActive()) {
      throw DomainException.onField(field, "organisation.inactive", org.getName());
    }
  }

  private Organisation organisation(Long id) {
    return organisation(id, "organisation");
  }

  private Organisation organisation(Long id, String field) {
    Organisation org = id == null ? null : em.find(Organisation.class, id);
    if (org == null) {
      throw DomainException.onField(field, "person.organisation.required");
    }
    return org;
  }

  private Person find(long id) {
    Person person = em.find(Person.class, id);
    if (person == null) {
      throw new NotFoundException("person", id);
    }
    return person;
  }

  private Position position(long id) {
    Position position = em.find(Position.class, id);
    if (position == null) {
      throw new NotFoundException("position", id);
    }
    return position;
  }
}
