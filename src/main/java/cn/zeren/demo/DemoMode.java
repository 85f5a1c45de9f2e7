package cn.zeren.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether the portal fills its database with the demo city: {@code zeren.demo-data}, by default on for H2 only. */
@ApplicationScoped
public class DemoMode {
  @Inject
  @ConfigProperty(name = "zeren.demo-data")
  Optional<Boolean> demoData;

  @Inject
  @ConfigProperty(name = "db.url")
  Optional<String> dbUrl;

  public boolean on() {
    boolean embedded = dbUrl.map(u -> u.startsWith("jdbc:h2:")).orElse(true);
    return demoData.orElse(embedded);
  }
}
