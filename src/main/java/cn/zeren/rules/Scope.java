package cn.zeren.rules;

/** Which organisations an obligation applies to: the units under the city, the city itself, or both. */
public enum Scope {
  UNITS,
  CITY,
  ALL
}
