package cn.zeren.it.support;

import cn.zeren.organisation.DisciplineBodyType;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.OrganisationKind;
import cn.zeren.organisation.PartyBodyType;
import java.util.UUID;

/**
 * New units as an administrator fills in the form, for the in-container tests that work in units of their own
 * (the database is shared with every other IT): a unique code, a Party committee and a discipline commission named
 * after the unit. Added to every in-container deployment by {@link Deployments#portalWith}.
 */
public final class TestUnits {
  private TestUnits() {}

  /** A unique code such as "LG-1A2B3C4D". */
  public static String code(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  /** A township with a unique code whose name ends in the code's random part, e.g. 台账测试镇1A2B3C4D. */
  public static Organisation township(String codePrefix, String nameStem) {
    String code = code(codePrefix);
    return draft(code, nameStem + code.substring(codePrefix.length() + 1), OrganisationKind.TOWNSHIP);
  }

  /** A unit of the given kind, code and name, not yet saved. */
  public static Organisation draft(String code, String name, OrganisationKind kind) {
    Organisation draft = new Organisation();
    draft.setCode(code);
    draft.setName(name);
    draft.setKind(kind);
    draft.setPartyBodyType(PartyBodyType.COMMITTEE);
    draft.setPartyBodyName("中共" + name + "委员会");
    draft.setDisciplineBodyType(DisciplineBodyType.COMMISSION);
    draft.setDisciplineBodyName("中共" + name + "纪律检查委员会");
    return draft;
  }
}
