package cn.zeren.directory;

import cn.zeren.organisation.DisciplineBodyType;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.OrganisationKind;
import cn.zeren.organisation.PartyBodyType;
import cn.zeren.organisation.Person;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first start of a production installation: an empty database gets its root organisation (the city or
 * county) and one system administrator, from configuration ({@code zeren.bootstrap.*}, see
 * docs/operations.md). Once any organisation exists it does nothing, so the password may then be removed from
 * the configuration.
 */
@Startup
@Singleton
@DependsOn("DemoDataSeeder")
public class BootstrapAdministrator {
  private static final Logger LOG = Logger.getLogger(BootstrapAdministrator.class.getName());

  @PersistenceContext EntityManager em;
  @Inject OrganisationService organisations;
  @Inject PersonService people;

  @Inject
  @ConfigProperty(name = "zeren.bootstrap.admin-password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "zeren.bootstrap.admin-username", defaultValue = "admin")
  String username;

  @Inject
  @ConfigProperty(name = "zeren.bootstrap.root-name", defaultValue = "本市")
  String rootName;

  @Inject
  @ConfigProperty(name = "zeren.bootstrap.root-code", defaultValue = "ROOT")
  String rootCode;

  @PostConstruct
  void bootstrap() {
    boolean empty = em.createQuery("SELECT COUNT(o) FROM Organisation o", Long.class).getSingleResult() == 0;
    if (!empty) {
      return;
    }
    if (password.isEmpty()) {
      LOG.warning(
          "The database has no organisation yet. Set zeren.bootstrap.admin-password (ZEREN_BOOTSTRAP_ADMIN_PASSWORD)"
              + " to create the root organisation and the first administrator (docs/operations.md).");
      return;
    }
    ActorContext.runAs(Actor.system(), this::createRootAndAdministrator);
    LOG.info(() -> "Created root organisation " + rootName + " and administrator " + username);
  }

  private void createRootAndAdministrator() {
    Organisation root = new Organisation();
    root.setCode(rootCode);
    root.setName(rootName);
    root.setKind(OrganisationKind.CITY);
    root.setPartyBodyType(PartyBodyType.COMMITTEE);
    root.setPartyBodyName("中共" + rootName + "委员会");
    root.setDisciplineBodyType(DisciplineBodyType.COMMISSION);
    root.setDisciplineBodyName(rootName + "纪委监委");
    root = organisations.create(root, null);
    Person admin = new Person();
    admin.setName("系统管理员");
    admin.setOrganisation(root);
    admin = people.create(admin);
    people.createAccount(admin.getId(), username, password.get().toCharArray());
    people.assignRole(admin.getId(), root.getId(), Role.SYSTEM_ADMIN);
    em.flush(); // while still acting as the system: the audit trail names who wrote each row
  }
}
