package cn.zeren.it;

import cn.zeren.organisation.Organisation;
import cn.zeren.platform.NotFoundException;
import cn.zeren.signature.SignableContent;
import cn.zeren.signature.SignedContentSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A signable subject for {@link SignaturesIT} only (deployed with it, never shipped): an organisation's card —
 * its code and name as they are in the database — so the signature service can be tested on its own.
 */
@ApplicationScoped
public class OrganisationCardSource implements SignedContentSource {
  static final String TYPE = "TEST_ORGANISATION_CARD";

  @PersistenceContext EntityManager em;

  @Override
  public String subjectType() {
    return TYPE;
  }

  @Override
  public SignableContent content(long subjectId) {
    em.getEntityManagerFactory().getCache().evict(Organisation.class, subjectId);
    Organisation org = em.find(Organisation.class, subjectId);
    if (org == null) {
      throw new NotFoundException("organisation", subjectId);
    }
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("code", org.getCode());
    card.put("name", org.getName());
    return new SignableContent(TYPE, subjectId, subjectId, org.getName() + " 单位信息", card);
  }
}
