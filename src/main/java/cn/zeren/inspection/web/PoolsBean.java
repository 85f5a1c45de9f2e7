package cn.zeren.inspection.web;

import cn.zeren.inspection.InterestDeclaration;
import cn.zeren.inspection.PastPost;
import cn.zeren.inspection.PoolForm;
import cn.zeren.inspection.PoolKind;
import cn.zeren.inspection.PoolMember;
import cn.zeren.inspection.PoolService;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * 组长库和人才库 ({@code inspection-pools.xhtml}): the pools, and for the member chosen the facts avoidance is decided
 * on — places, past posts, declared relatives and interests. The office edits; the leading group reads.
 */
@Named
@ViewScoped
public class PoolsBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String ADD_FORM = "addForm";
  static final String MEMBER_FORM = "memberForm";

  @Inject transient PoolService pools;

  private PoolKind pool = PoolKind.LEADER;
  private transient List<PoolMember> members;
  private Boolean mayManage;

  // adding
  private Long personId;
  private String personQuery;
  private List<Choice> personMatches;

  // the member chosen
  private Long memberId;
  private transient PoolMember member;
  private String nativePlace;
  private String placesWorked;
  private String expertise;
  private boolean dispatched;
  private String note;

  // a past post / a declaration being added
  private Long postOrganisation;
  private String postTitle;
  private LocalDate postFrom;
  private LocalDate postTo;
  private Long declarationOrganisation;
  private String declarationRelation;
  private String declarationDetail;

  public void load() {
    Pages.load(() -> members = pools.members(pool, true));
  }

  public List<PoolMember> getMembers() {
    if (members == null) {
      members = pools.members(pool, true);
    }
    return members;
  }

  public boolean isMayManage() {
    if (mayManage == null) {
      mayManage = pools.mayManage();
    }
    return mayManage;
  }

  public PoolKind[] getPools() {
    return PoolKind.values();
  }

  public void switchPool() {
    members = null;
    memberId = null;
    member = null;
  }

  /** A person found by name, as the add form offers them (kept with the view, so the choice validates). */
  public record Choice(Long id, String label) implements Serializable {}

  public void findPeople() {
    try {
      personMatches = pools.personChoices(personQuery).stream()
          .map(p -> new Choice(p.getId(), p.getName() + "（" + p.getOrganisation().getName()
              + (p.getJobTitle() == null || p.getJobTitle().isBlank() ? "" : " " + p.getJobTitle()) + "）"))
          .toList();
    } catch (RuntimeException e) {
      Messages.show(e, ADD_FORM);
    }
  }

  public List<Choice> getPersonMatches() {
    return personMatches == null ? List.of() : personMatches;
  }

  public void add() {
    try {
      PoolMember added = pools.add(new PoolForm(personId, pool, null, null, null, false, null));
      Messages.info("inspection.pool.added", added.getPerson().getName());
      members = null;
      personId = null;
      personMatches = null;
      choose(added.getId());
    } catch (RuntimeException e) {
      Messages.show(e, ADD_FORM);
    }
  }

  /** Opens a member's facts for reading or editing. */
  public void choose(long id) {
    memberId = id;
    member = pools.get(id);
    nativePlace = member.getNativePlace();
    placesWorked = member.getPlacesWorked();
    expertise = member.getExpertise();
    dispatched = member.isDispatched();
    note = member.getNote();
  }

  public PoolMember getMember() {
    if (member == null && memberId != null) {
      member = pools.get(memberId);
    }
    return member;
  }

  public void save() {
    try {
      PoolMember m = getMember();
      member = pools.update(m.getId(), m.getVersion(),
          new PoolForm(m.getPerson().getId(), m.getPool(), nativePlace, placesWorked, expertise, dispatched, note));
      members = null;
      Messages.info("inspection.pool.saved");
    } catch (RuntimeException e) {
      member = null;
      Messages.show(e, MEMBER_FORM);
    }
  }

  public void toggleActive() {
    try {
      PoolMember m = getMember();
      member = pools.setActive(m.getId(), m.getVersion(), !m.isActive());
      members = null;
      Messages.info(member.isActive() ? "inspection.pool.reactivated" : "inspection.pool.deactivated");
    } catch (RuntimeException e) {
      member = null;
      Messages.show(e, MEMBER_FORM);
    }
  }

  public List<PastPost> getPastPosts() {
    return getMember() == null ? List.of() : pools.pastPosts(getMember().getPerson().getId());
  }

  public List<InterestDeclaration> getDeclarations() {
    return getMember() == null ? List.of() : pools.declarations(getMember().getPerson().getId());
  }

  public List<Organisation> getOrganisationChoices() {
    return isMayManage() ? pools.organisationChoices() : List.of();
  }

  public void addPastPost() {
    try {
      pools.addPastPost(getMember().getPerson().getId(), postOrganisation, postTitle, postFrom, postTo);
      postOrganisation = null;
      postTitle = null;
      postFrom = null;
      postTo = null;
      Messages.info("inspection.post.added");
    } catch (RuntimeException e) {
      Messages.show(e, MEMBER_FORM);
    }
  }

  public void removePastPost(long id) {
    try {
      pools.removePastPost(id);
      Messages.info("inspection.post.removed");
    } catch (RuntimeException e) {
      Messages.show(e, MEMBER_FORM);
    }
  }

  public void declare() {
    try {
      pools.declare(getMember().getPerson().getId(), declarationOrganisation, declarationRelation, declarationDetail);
      declarationOrganisation = null;
      declarationRelation = null;
      declarationDetail = null;
      Messages.info("inspection.declaration.added");
    } catch (RuntimeException e) {
      Messages.show(e, MEMBER_FORM);
    }
  }

  public void removeDeclaration(long id) {
    try {
      pools.removeDeclaration(id);
      Messages.info("inspection.declaration.removed");
    } catch (RuntimeException e) {
      Messages.show(e, MEMBER_FORM);
    }
  }

  // ---- properties ----

  public PoolKind getPool() {
    return pool;
  }

  public void setPool(PoolKind pool) {
    this.pool = pool == null ? PoolKind.LEADER : pool;
  }

  public Long getPersonId() {
    return personId;
  }

  public void setPersonId(Long personId) {
    this.personId = personId;
  }

  public String getPersonQuery() {
    return personQuery;
  }

  public void setPersonQuery(String personQuery) {
    this.personQuery = personQuery;
  }

  public String getNativePlace() {
    return nativePlace;
  }

  public void setNativePlace(String nativePlace) {
    this.nativePlace = nativePlace;
  }

  public String getPlacesWorked() {
    return placesWorked;
  }

  public void setPlacesWorked(String placesWorked) {
    this.placesWorked = placesWorked;
  }

  public String getExpertise() {
    return expertise;
  }

  public void setExpertise(String expertise) {
    this.expertise = expertise;
  }

  public boolean isDispatched() {
    return dispatched;
  }

  public void setDispatched(boolean dispatched) {
    this.dispatched = dispatched;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Long getPostOrganisation() {
    return postOrganisation;
  }

  public void setPostOrganisation(Long postOrganisation) {
    this.postOrganisation = postOrganisation;
  }

  public String getPostTitle() {
    return postTitle;
  }

  public void setPostTitle(String postTitle) {
    this.postTitle = postTitle;
  }

  public LocalDate getPostFrom() {
    return postFrom;
  }

  public void setPostFrom(LocalDate postFrom) {
    this.postFrom = postFrom;
  }

  public LocalDate getPostTo() {
    return postTo;
  }

  public void setPostTo(LocalDate postTo) {
    this.postTo = postTo;
  }

  public Long getDeclarationOrganisation() {
    return declarationOrganisation;
  }

  public void setDeclarationOrganisation(Long declarationOrganisation) {
    this.declarationOrganisation = declarationOrganisation;
  }

  public String getDeclarationRelation() {
    return declarationRelation;
  }

  public void setDeclarationRelation(String declarationRelation) {
    this.declarationRelation = declarationRelation;
  }

  public String getDeclarationDetail() {
    return declarationDetail;
  }

  public void setDeclarationDetail(String declarationDetail) {
    this.declarationDetail = declarationDetail;
  }
}
