package cn.zeren.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The administrator's choice of one variant group's pack (e.g. inspection → zz-2017), with who chose it when. */
@Entity
@Table(name = "rule_variant")
public class RuleVariantChoice {
  @Id
  @Column(name = "group_key", length = 40)
  private String group;

  @Version private long version;

  @Column(name = "pack_id", nullable = false, length = 40)
  private String packId;

  @Column(name = "chosen_by", nullable = false, length = 100)
  private String chosenBy;

  @Column(name = "chosen_at", nullable = false)
  private Instant chosenAt;

  protected RuleVariantChoice() {}

  RuleVariantChoice(String group) {
    this.group = group;
  }

  void choose(String packId, String by, Instant at) {
    this.packId = packId;
    this.chosenBy = by;
    this.chosenAt = at;
  }

  public String getGroup() {
    return group;
  }

  public long getVersion() {
    return version;
  }

  public String getPackId() {
    return packId;
  }

  public String getChosenBy() {
    return chosenBy;
  }

  public Instant getChosenAt() {
    return chosenAt;
  }
}
