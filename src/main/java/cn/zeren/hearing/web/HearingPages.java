package cn.zeren.hearing.web;

import cn.zeren.platform.web.EvidencePages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * A scored meeting's page (评议会议) as evidence: of the obligation the meeting fulfils ({@code HEARING}, recorded as
 * {@code HS-}id) and of a unit's hearing score in the assessment ({@code HEARING_SESSION}, the meeting's id).
 */
@ApplicationScoped
public class HearingPages implements EvidencePages {

  @Override
  public Set<String> kinds() {
    return Set.of("HEARING", "HEARING_SESSION");
  }

  @Override
  public String page(String kind, String ref) {
    String id = kind.equals("HEARING") ? ref.substring(ref.indexOf('-') + 1) : ref;
    return "/hearing.xhtml?id=" + id;
  }
}
