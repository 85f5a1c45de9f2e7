package cn.zeren.directory.web;

import cn.zeren.organisation.Organisation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts the units a caller may see in display order: depth first, siblings by their sort order and code, each
 * labelled with its path of names. Units whose parent is out of sight (a clerk's own unit) start the tree.
 */
final class OrganisationTree {
  private static final Comparator<Organisation> SIBLINGS =
      Comparator.comparingInt(Organisation::getSortOrder).thenComparing(Organisation::getCode);

  private OrganisationTree() {}

  static List<OrganisationRow> inDisplayOrder(List<Organisation> visible) {
    Set<Long> ids = visible.stream().map(Organisation::getId).collect(Collectors.toSet());
    Map<Long, List<Organisation>> children = new HashMap<>();
    List<Organisation> tops = new ArrayList<>();
    for (Organisation o : visible) {
      Long parentId = parentIdOf(o);
      if (parentId != null && ids.contains(parentId)) {
        children.computeIfAbsent(parentId, k -> new ArrayList<>()).add(o);
      } else {
        tops.add(o);
      }
    }
    List<OrganisationRow> rows = new ArrayList<>(visible.size());
    walk(tops, children, null, rows);
    return rows;
  }

  /** The parent's id read from the tree path, so that no lazy parent has to be loaded. */
  static Long parentIdOf(Organisation o) {
    List<Long> path = o.pathIds();
    return path.size() < 2 ? null : path.get(path.size() - 2);
  }

  private static void walk(
      List<Organisation> level, Map<Long, List<Organisation>> children, String prefix, List<OrganisationRow> out) {
    for (Organisation o : level.stream().sorted(SIBLINGS).toList()) {
      String label = prefix == null ? o.getName() : prefix + " / " + o.getName();
      out.add(OrganisationRow.of(o, parentIdOf(o), label));
      walk(children.getOrDefault(o.getId(), List.of()), children, label, out);
    }
  }
}
