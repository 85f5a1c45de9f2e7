package cn.zeren.lists;

import cn.zeren.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The queries the list services share; no access checks here — the services make them. */
@ApplicationScoped
class ListStore {
  @PersistenceContext EntityManager em;

  SignedList list(long id) {
    SignedList list = em.find(SignedList.class, id);
    if (list == null) {
      throw new NotFoundException("list", id);
    }
    return list;
  }

  Optional<SignedList> find(long organisationId, SignedListKind kind, int year) {
    return em.createQuery(
            "SELECT l FROM SignedList l WHERE l.organisation.id = :o AND l.kind = :k AND l.year = :y", SignedList.class)
        .setParameter("o", organisationId)
        .setParameter("k", kind)
        .setParameter("y", year)
        .getResultStream()
        .findFirst();
  }

  ListVersion version(SignedList list, int number) {
    return em.createQuery("SELECT v FROM ListVersion v WHERE v.list = :l AND v.number = :n", ListVersion.class)
        .setParameter("l", list)
        .setParameter("n", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("list.version", list.getId() + "/" + number));
  }

  ListVersion current(SignedList list) {
    return version(list, list.getCurrentVersion());
  }

  List<ListVersion> versions(SignedList list) {
    return em.createQuery("SELECT v FROM ListVersion v WHERE v.list = :l ORDER BY v.number", ListVersion.class)
        .setParameter("l", list)
        .getResultList();
  }

  List<ListItem> items(ListVersion version) {
    return em.createQuery(
            "SELECT i FROM ListItem i WHERE i.listVersion = :v ORDER BY i.position, i.itemKey", ListItem.class)
        .setParameter("v", version)
        .getResultList();
  }

  Optional<ListItem> item(ListVersion version, String itemKey) {
    return em.createQuery("SELECT i FROM ListItem i WHERE i.listVersion = :v AND i.itemKey = :k", ListItem.class)
        .setParameter("v", version)
        .setParameter("k", itemKey)
        .getResultStream()
        .findFirst();
  }

  ListItem item(long id) {
    ListItem item = em.find(ListItem.class, id);
    if (item == null) {
      throw new NotFoundException("list.item", id);
    }
    return item;
  }

  /** The items of the current version of an organisation's list of a kind and year (none without such a list). */
  List<ListItem> currentItems(long organisationId, SignedListKind kind, int year) {
    return find(organisationId, kind, year).map(l -> items(current(l))).orElse(List.of());
  }
}
