package cn.zeren.organisation;

/**
 * Kinds of organisation the work rules apply to (YW-2): Party organs, people's congress, government, CPPCC, court,
 * procuratorate, people's organisations, state-owned enterprises, public institutions, and townships/sub-districts
 * (镇街). {@link #CITY} is the city or county itself, whose Party committee and discipline commission lead all.
 */
public enum OrganisationKind {
  CITY,
  PARTY_ORGAN,
  PEOPLES_CONGRESS,
  GOVERNMENT,
  CPPCC,
  COURT,
  PROCURATORATE,
  PEOPLES_ORGANISATION,
  STATE_OWNED_ENTERPRISE,
  PUBLIC_INSTITUTION,
  TOWNSHIP
}
