package cn.zeren.lists;

import cn.zeren.security.Role;
import java.util.List;

/**
 * How the rule pack governs one kind of signed list: the article it comes from, who signs it (YW-11.3), who may
 * write its items, who approves the write-off of a rectification item, and the template items a new list starts
 * with (the 监督责任书 of YW-11.1).
 *
 * @param signerRole the role that signs a list of a unit, held at that very unit
 * @param rootSignerRole the role that signs a list of the root organisation (the city itself)
 * @param signerRuleId the article that names the signer (YW-11.3)
 * @param editorRoles the roles that record and edit the items (within their subtree)
 * @param approverRoles for rectification lists: who approves closing an item (销账); empty otherwise
 */
public record SignedListRule(
    SignedListKind kind,
    String ruleId,
    String article,
    String articleText,
    String title,
    Role signerRole,
    Role rootSignerRole,
    String signerRuleId,
    List<Role> editorRoles,
    List<Role> approverRoles,
    List<TemplateItem> templateItems) {

  /** An item a new list of this kind is filled with. */
  public record TemplateItem(String task, String measure, String owner, String expectedEvidence) {}

  /** The role that signs a list of an organisation: the root's own role at the top of the tree. */
  public Role signerFor(boolean rootOrganisation) {
    return rootOrganisation ? rootSignerRole : signerRole;
  }
}
