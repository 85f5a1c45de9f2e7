package cn.zeren.lists;

import cn.zeren.rules.PackReading;
import cn.zeren.rules.RuleSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads {@code signedLists} (三张清单, YW-6.12 / YW-11.3) with {@link SignedListsReader}. */
@ApplicationScoped
public class SignedListsSection implements RuleSection<SignedLists> {

  @Override
  public Class<SignedLists> type() {
    return SignedLists.class;
  }

  @Override
  public List<String> keys() {
    return List.of("signedLists");
  }

  @Override
  public SignedLists read(PackReading reading) {
    if (!reading.root().containsKey("signedLists")) {
      return SignedLists.NONE;
    }
    return new SignedListsReader(reading.problems(), reading.obligations()).read(reading.root().get("signedLists"));
  }
}
