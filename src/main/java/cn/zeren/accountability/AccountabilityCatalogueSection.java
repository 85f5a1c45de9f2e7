package cn.zeren.accountability;

import cn.zeren.rules.PackReading;
import cn.zeren.rules.RuleSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads {@code accountability} (责任追究, YW-14 … YW-17) into the catalogue ({@link AccountabilitySection}). */
@ApplicationScoped
public class AccountabilityCatalogueSection implements RuleSection<AccountabilityCatalogue> {

  @Override
  public Class<AccountabilityCatalogue> type() {
    return AccountabilityCatalogue.class;
  }

  @Override
  public List<String> keys() {
    return List.of("accountability");
  }

  @Override
  public AccountabilityCatalogue read(PackReading reading) {
    return AccountabilitySection.read(reading.root(), reading.problems());
  }
}
