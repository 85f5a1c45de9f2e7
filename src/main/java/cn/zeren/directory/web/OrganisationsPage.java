package cn.zeren.directory.web;

import cn.zeren.directory.OrganisationAction;
import cn.zeren.platform.web.Pages;

import cn.zeren.directory.OrganisationService;
import cn.zeren.organisation.DisciplineBodyType;
import cn.zeren.organisation.OrganisationKind;
import cn.zeren.organisation.PartyBodyType;
import cn.zeren.platform.web.Messages;
import cn.zeren.security.AccessPolicy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The organisation tree page (组织机构): every role sees the units of its subtree; administrators also create
 * sub-units, edit, move, deactivate, reactivate and delete them. The buttons only mirror {@link AccessPolicy};
 * {@link OrganisationService} refuses whatever the caller may not do, and its refusal is shown.
 */
@Named
@ViewScoped
public class OrganisationsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String TREE_FORM = "treeForm";
  static final String EDIT_FORM = "orgForm";
  static final String MOVE_FORM = "moveForm";

  @Inject OrganisationService organisations;
  @Inject AccessPolicy access;

  private boolean manager;
  private List<OrganisationRow> rows = List.of();
  private TreeNode<OrganisationRow> root;
  private OrganisationEditor editor = new OrganisationEditor();
  private OrganisationRow moving;
  private Long moveParentId;

  public void load() {
    Pages.load(
        () -> {
          manager = access.permitsSomewhere(OrganisationAction.MANAGE);
          reload();
        });
  }

  public void startCreate(long parentId) {
    editor = OrganisationEditor.under(row(parentId));
  }

  public void startEdit(long id) {
    try {
      editor = OrganisationEditor.of(organisations.get(id));
    } catch (RuntimeException e) {
      Messages.show(e, TREE_FORM);
      reload();
    }
  }

  /** Saves the dialog; on a refusal the dialog stays open with what was typed. */
  public void save() {
    try {
      if (editor.isCreating()) {
        organisations.create(editor.toDraft(), editor.getParentId());
      } else {
        organisations.update(editor.getId(), editor.getVersion(), editor.toForm());
      }
    } catch (RuntimeException e) {
      Messages.show(e, EDIT_FORM);
      return;
    }
    done("common.saved");
  }

  public void startMove(long id) {
    moving = row(id);
    moveParentId = moving.parentId();
  }

  public void move() {
    try {
      organisations.move(moving.id(), moving.version(), moveParentId);
    } catch (RuntimeException e) {
      Messages.show(e, MOVE_FORM);
      return;
    }
    done("organisation.moved");
  }

  public void deactivate(long id, long version) {
    act(() -> organisations.deactivate(id, version), "organisation.deactivated");
  }

  public void reactivate(long id, long version) {
    act(() -> organisations.reactivate(id, version), "organisation.reactivated");
  }

  public void delete(long id, long version) {
    act(() -> organisations.delete(id, version), "organisation.deleted");
  }

  /** A row action: its outcome goes to the top of the tree, which is reloaded either way. */
  private void act(Runnable action, String doneKey) {
    try {
      action.run();
      Messages.info(doneKey);
    } catch (RuntimeException e) {
      Messages.show(e, TREE_FORM);
    }
    reload();
  }

  private void done(String key) {
    Messages.info(key);
    reload();
    PrimeFaces.current().ajax().update(TREE_FORM);
  }

  private void reload() {
    rows = OrganisationTree.inDisplayOrder(organisations.visibleTree());
    Map<Long, TreeNode<OrganisationRow>> nodes = new HashMap<>();
    root = new DefaultTreeNode<>();
    for (OrganisationRow row : rows) {
      TreeNode<OrganisationRow> node = new DefaultTreeNode<>(row, nodes.getOrDefault(row.parentId(), root));
      node.setExpanded(true);
      nodes.put(row.id(), node);
    }
  }

  private OrganisationRow row(long id) {
    return rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
  }

  public boolean isManager() {
    return manager;
  }

  public TreeNode<OrganisationRow> getRoot() {
    return root;
  }

  /** The units a unit may be moved under: all the others; the service explains why a choice is refused. */
  public List<OrganisationRow> getMoveTargets() {
    return moving == null ? List.of() : rows.stream().filter(r -> r.id() != moving.id()).toList();
  }

  public OrganisationEditor getEditor() {
    return editor;
  }

  public OrganisationRow getMoving() {
    return moving;
  }

  public Long getMoveParentId() {
    return moveParentId;
  }

  public void setMoveParentId(Long moveParentId) {
    this.moveParentId = moveParentId;
  }

  public OrganisationKind[] getKinds() {
    return OrganisationKind.values();
  }

  public PartyBodyType[] getPartyBodyTypes() {
    return PartyBodyType.values();
  }

  public DisciplineBodyType[] getDisciplineBodyTypes() {
    return DisciplineBodyType.values();
  }
}
