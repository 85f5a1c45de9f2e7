package cn.zeren.obligation;

import cn.zeren.rules.Owner;
import cn.zeren.security.Role;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Which roles of a unit carry (draft, record, see as their own tasks, are reminded of) the obligations of each
 * owner (责任主体 → 承办角色), as the pack says: in Yiwu's, a committee's duties are its clerk's and its primary
 * leader's. Empty when no pack in force defines {@code owners}; then nobody carries anything, which the start-up
 * refuses ({@link ObligationService#requireOwners}).
 */
public record OwnerRoles(Map<Owner, Set<Role>> roles) {
  public static final OwnerRoles NONE = new OwnerRoles(Map.of());

  public OwnerRoles {
    Map<Owner, Set<Role>> copy = new EnumMap<>(Owner.class);
    roles.forEach((owner, set) -> copy.put(owner, Set.copyOf(set)));
    roles = Map.copyOf(copy);
  }

  public Set<Role> carriedBy(Owner owner) {
    return roles.getOrDefault(owner, Set.of());
  }
}
