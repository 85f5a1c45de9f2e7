package cn.zeren.obligation;

import cn.zeren.rules.Owner;
import cn.zeren.rules.PackReading;
import cn.zeren.rules.RuleSection;
import cn.zeren.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code owners}: for every owner of an obligation (all of {@link Owner}), the non-empty list of roles that
 * carry its obligations in a unit, e.g. {@code "COMMITTEE": ["UNIT_CLERK", "PRIMARY_LEADER"]}.
 */
@ApplicationScoped
public class OwnerRolesSection implements RuleSection<OwnerRoles> {

  @Override
  public Class<OwnerRoles> type() {
    return OwnerRoles.class;
  }

  @Override
  public List<String> keys() {
    return List.of("owners");
  }

  @Override
  public OwnerRoles read(PackReading reading) {
    JsonObject root = reading.root();
    if (!root.containsKey("owners")) {
      return OwnerRoles.NONE;
    }
    if (!(root.get("owners") instanceof JsonObject owners)) {
      reading.problem("责任主体的承办角色 owners 应为对象，如 {\"COMMITTEE\": [\"UNIT_CLERK\"]}");
      return OwnerRoles.NONE;
    }
    Map<Owner, Set<Role>> roles = new EnumMap<>(Owner.class);
    for (String key : owners.keySet()) {
      String at = "责任主体 " + key + "：";
      Owner owner;
      try {
        owner = Owner.valueOf(key);
      } catch (IllegalArgumentException e) {
        reading.problem(at + "未知的责任主体，应为 " + List.of(Owner.values()) + " 之一");
        continue;
      }
      List<Role> carried = reading.roles(owners, key, at, true);
      if (!carried.isEmpty()) {
        roles.put(owner, Set.copyOf(carried));
      }
    }
    for (Owner owner : Owner.values()) {
      if (!owners.containsKey(owner.name())) {
        reading.problem("责任主体的承办角色 owners：缺少 " + owner.name());
      }
    }
    return new OwnerRoles(roles);
  }
}
