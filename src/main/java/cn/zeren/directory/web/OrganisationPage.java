package cn.zeren.directory.web;

import cn.zeren.directory.OrganisationAction;
import cn.zeren.directory.PersonAction;
import cn.zeren.platform.web.Pages;

import cn.zeren.directory.OrganisationService;
import cn.zeren.directory.PersonService;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Position;
import cn.zeren.organisation.PositionKind;
import cn.zeren.platform.web.Messages;
import cn.zeren.security.AccessPolicy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The page of one unit ({@code organisation.xhtml?id=N}): its data, its leadership team (领导班子: primary leader
 * and other members with their areas in charge), its discipline organisation and its people. Administrators add,
 * edit and end posts. A unit outside the caller's subtree answers 403, an unknown one 404.
 */
@Named
@ViewScoped
public class OrganisationPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String POST_FORM = "postForm";
  private static final int SUGGESTIONS = 20;

  @Inject OrganisationService organisations;
  @Inject PersonService people;
  @Inject AccessPolicy access;

  private String id;
  private OrganisationDetail organisation;
  private boolean postManager;
  private List<PostRow> posts = List.of();
  private List<PersonRow> members = List.of();
  private PostEditor post = new PostEditor();
  private final PersonChoices personChoices = new PersonChoices();

  public void load() {
    Pages.load(
        () -> {
          Organisation org = organisations.get(Pages.id("organisation", id));
          Organisation parent = org.getParent();
          organisation = OrganisationDetail.of(org, parent != null && access.permits(OrganisationAction.VIEW, parent));
          postManager = access.permits(PersonAction.MANAGE, org);
          members = people.search(org.getId(), null, false).stream().map(PersonRow::of).toList();
          reloadPosts();
        });
  }

  public void startAddPost(PositionKind kind) {
    post = PostEditor.adding(kind);
  }

  public void startEditPost(PostRow row) {
    post = PostEditor.of(row);
  }

  /** Saves the post dialog; on a refusal the dialog stays open with what was typed. */
  public void savePost() {
    try {
      if (post.isAdding()) {
        people.addPosition(newPosition());
      } else {
        people.updatePosition(
            post.getId(), post.getVersion(), post.getTitle(), post.getAreasInCharge(), post.sortOrderOrZero());
      }
    } catch (RuntimeException e) {
      Messages.show(e, POST_FORM);
      return;
    }
    Messages.info("common.saved");
    reloadPosts();
    PrimeFaces.current().ajax().update("posts", "pageMessages");
  }

  /** Ends a post (离任); the record stays in the unit's history of posts. */
  public void endPost(long postId, long version) {
    try {
      people.endPosition(postId, version);
      Messages.info("position.endDone");
    } catch (RuntimeException e) {
      Messages.show(e, null);
    }
    reloadPosts();
  }

  /** Active people of the caller's subtree whose name contains the query, this unit's own first. */
  public List<PersonRow> completePerson(String query) {
    return personChoices.offer(
        people.search(null, query, false).stream()
            .map(PersonRow::of)
            .sorted(Comparator.comparing((PersonRow p) -> p.organisationId() != organisation.id()))
            .limit(SUGGESTIONS)
            .toList());
  }

  private Position newPosition() {
    Position position = new Position();
    position.setOrganisation(organisations.get(organisation.id()));
    position.setPerson(post.getPerson() == null ? null : people.get(post.getPerson().id()));
    position.setKind(post.getKind());
    position.setTitle(post.getTitle());
    position.setAreasInCharge(post.getAreasInCharge());
    position.setSortOrder(post.sortOrderOrZero());
    return position;
  }

  private void reloadPosts() {
    posts = people.positionsOf(organisation.id()).stream().map(PostRow::of).toList();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public OrganisationDetail getOrganisation() {
    return organisation;
  }

  public boolean isPostManager() {
    return postManager;
  }

  /** The leadership team in office: the primary leader, then the other members in display order. */
  public List<PostRow> getTeam() {
    return posts.stream().filter(p -> p.active() && p.isTeam()).sorted(Comparator.comparing(PostRow::kind)).toList();
  }

  /** The discipline organisation in office: its head, then its members. */
  public List<PostRow> getDiscipline() {
    return posts.stream().filter(p -> p.active() && !p.isTeam()).sorted(Comparator.comparing(PostRow::kind)).toList();
  }

  /** Posts that have ended, kept as the unit's history. */
  public List<PostRow> getFormerPosts() {
    return posts.stream().filter(p -> !p.active()).toList();
  }

  public List<PersonRow> getMembers() {
    return members;
  }

  public PostEditor getPost() {
    return post;
  }

  public PersonChoices getPersonChoices() {
    return personChoices;
  }

  public PositionKind[] getPositionKinds() {
    return PositionKind.values();
  }
}
