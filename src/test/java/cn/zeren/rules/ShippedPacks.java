package cn.zeren.rules;

import java.util.Arrays;

/** The packs the portal ships, read as the registry reads them with every section a test knows. */
public final class ShippedPacks {
  private ShippedPacks() {}

  /** Every shipped pack in the configuration's default order, validated together as at start-up. */
  public static PackSet packSet() {
    return new PackSet(Arrays.stream(RulePackRegistry.SHIPPED.split(","))
        .map(location -> RulePackReader.read(RulePackRegistry.read(location), location, TestSections.ALL))
        .toList());
  }
}
