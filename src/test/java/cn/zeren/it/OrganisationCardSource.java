package cn.zeren.it;

import cn.zeren.directory.OrganisationAction;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.NotFoundException;
import cn.zeren.security.AccessPolicy;
import cn.zeren.signature.SignableContent;
import cn.zeren.signature.SignedContentSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A signable subject for {@link SignaturesIT} only (deployed with it, never shipped): an organisation's card —
 * its code and name as they are in the database — so the signature service can be tested on its own.
 */
@ApplicationScoped
public class OrganisationCardSource implements SignedContentSource {
  static final String TYPE = "TEST_ORGANISATION_CARD";

  /** Cards nobody may read, whatever their unit: proves that the signature service asks the source. */
  static final Set<Long> SEALED = ConcurrentHashMap.newKeySet();
  /** Cards that behave as deleted: their content is not found. */
  static final Set<Long> GONE = ConcurrentHashMap.newKeySet();

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;

  @Override
  public String subjectType() {
    return TYPE;
  }

  /** A card is read by whoever sees its organisation, unless the test has sealed it. */
  @Override
  public boolean mayRead(long subjectId) {
    Organisation org = em.find(Organisation.class, subjectId);
    return org != null && !SEALED.contains(subjectId) && !GONE.contains(subjectId)
        && access.permits(OrganisationAction.VIEW, org);
  }

  @Override
  public SignableContent content(long subjectId) {
    em.getEntityManagerFactory().getCache().evict(Organisation.class, subjectId);
    Organisation org = em.find(Organisation.class, subjectId);
    if (org == null || GONE.contains(subjectId)) {
      throw new NotFoundException("organisation", subjectId);
    }
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("code", org.getCode());
    card.put("name", org.getName());
    return new SignableContent(TYPE, subjectId, subjectId, org.getName() + " 单位信息", card);
  }
}
