package cn.zeren.lists;

import cn.zeren.platform.NotFoundException;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.security.AccessPolicy;
import cn.zeren.signature.SignableContent;
import cn.zeren.signature.SignedContentSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signed content of a list version ({@code LIST_VERSION}, YW-11.3), read straight from the rows as they are
 * now — bypassing any cached entity — so that a character changed in any item row after signing gives other bytes
 * and the signature no longer verifies: the list's kind, article, organisation (id and the name stored with the
 * list), year and version number, and every item with every field (those its kind does not use are null), in the order of the list.
 */
@ApplicationScoped
public class ListContentSource implements SignedContentSource {
  public static final String SUBJECT = "LIST_VERSION";

  @PersistenceContext EntityManager em;
  @Inject RulePackRegistry rules;
  @Inject AccessPolicy access;

  @Override
  public String subjectType() {
    return SUBJECT;
  }

  /** The version's list is in a unit whose lists the actor's role may see (ListAction.VIEW, as ListService#get). */
  @Override
  public boolean mayRead(long subjectId) {
    ListVersion version = em.find(ListVersion.class, subjectId);
    return version != null && access.permits(ListAction.VIEW, version.getList().getOrganisation());
  }

  @Override
  public SignableContent content(long subjectId) {
    List<Object[]> heads =
        em.createQuery(
                "SELECT l.id, l.kind, l.ruleId, l.organisation.id, l.organisationName, l.year, v.number"
                    + " FROM ListVersion v JOIN v.list l WHERE v.id = :v",
                Object[].class)
            .setParameter("v", subjectId)
            .getResultList();
    if (heads.isEmpty()) {
      throw new NotFoundException("list.version", subjectId);
    }
    Object[] head = heads.get(0);
    SignedListKind kind = (SignedListKind) head[1];
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("subjectType", SUBJECT);
    content.put("listId", ((Number) head[0]).longValue());
    content.put("kind", kind.name());
    content.put("ruleId", head[2]);
    content.put("organisationId", ((Number) head[3]).longValue());
    content.put("organisationName", head[4]);
    content.put("year", ((Number) head[5]).longValue());
    content.put("versionNumber", ((Number) head[6]).longValue());
    content.put("items", items(subjectId));
    String kindTitle =
        rules.active().section(SignedLists.class).rule(kind).map(SignedListRule::title).orElse(kind.name());
    String title = head[4] + " " + head[5] + " 年" + kindTitle + " 第 " + head[6] + " 版";
    return new SignableContent(SUBJECT, subjectId, ((Number) head[3]).longValue(), title, content);
  }

  /** Scalar columns, never managed entities: the database's current values, whatever any cache holds. */
  private List<Object> items(long versionId) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT i.itemKey, i.position, i.task, i.measure, i.ownerName, i.area, i.expectedEvidence,"
                    + " i.sourceCode, i.description, i.category, i.responsibilityItem, i.foundOn, i.foundBy,"
                    + " i.problemKey, i.deadline FROM ListItem i WHERE i.listVersion.id = :v"
                    + " ORDER BY i.position, i.itemKey",
                Object[].class)
            .setParameter("v", versionId)
            .getResultList();
    List<Object> items = new ArrayList<>();
    for (Object[] r : rows) {
      ItemFields fields =
          new ItemFields((String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
              (String) r[8], (String) r[9], (String) r[10], (LocalDate) r[11], (String) r[12], (String) r[13],
              (LocalDate) r[14]);
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("key", r[0]);
      item.put("position", ((Number) r[1]).longValue());
      for (String name : ListRules.ALL_FIELDS) {
        Object value = ListRules.value(fields, name);
        item.put(name, value instanceof LocalDate d ? d.toString() : value);
      }
      items.add(item);
    }
    return items;
  }
}
