package cn.zeren.directory.web;

import cn.zeren.organisation.Position;
import cn.zeren.organisation.PositionKind;
import java.io.Serializable;
import java.time.Instant;

/** A post (职务) as the organisation and person pages list it, with the version its edit or end must quote. */
public record PostRow(
    long id,
    long version,
    PositionKind kind,
    long personId,
    String personName,
    long organisationId,
    String organisationName,
    String title,
    String areasInCharge,
    int sortOrder,
    boolean active,
    Instant createdAt,
    Instant updatedAt)
    implements Serializable {

  static PostRow of(Position p) {
    return new PostRow(
        p.getId(), p.getVersion(), p.getKind(), p.getPerson().getId(), p.getPerson().getName(),
        p.getOrganisation().getId(), p.getOrganisation().getName(), p.getTitle(), p.getAreasInCharge(),
        p.getSortOrder(), p.isActive(), p.getCreatedAt(), p.getUpdatedAt());
  }

  /** Leadership team (领导班子) posts, as opposed to the discipline organisation's. */
  public boolean isTeam() {
    return kind == PositionKind.PRIMARY_LEADER || kind == PositionKind.TEAM_MEMBER;
  }
}
