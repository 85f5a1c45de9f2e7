package cn.zeren.rules;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The active rule pack, read and validated at start-up: the shipped Yiwu pack unless {@code zeren.rules.pack}
 * names a locality's own file. An invalid pack stops the deployment with every fault listed in the log.
 */
@Startup
@Singleton
public class RulePackRegistry {
  static final String SHIPPED = "classpath:rules/yiwu-2015.json";
  private static final Logger LOG = Logger.getLogger(RulePackRegistry.class.getName());

  @Inject
  @ConfigProperty(name = "zeren.rules.pack", defaultValue = SHIPPED)
  String location;

  /** Every context's section of the pack (each context contributes its own {@link RuleSection} bean). */
  @Inject @Any Instance<RuleSection<?>> sections;

  private RulePack active;

  @PostConstruct
  void load() {
    List<RuleSection<?>> deployed = sections.stream().toList();
    active = RulePackReader.read(read(location), location, deployed);
    LOG.info(
        () -> "Rule pack " + active.id() + " " + active.version() + " with " + active.obligations().size()
            + " obligations and " + deployed.size() + " sections from " + location);
  }

  public RulePack active() {
    return active;
  }

  static String read(String location) {
    try {
      if (location.startsWith("classpath:")) {
        try (InputStream in =
            RulePackRegistry.class.getClassLoader().getResourceAsStream(location.substring(10))) {
          if (in == null) {
            throw new IllegalStateException("Rule pack not found: " + location);
          }
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      return Files.readString(Path.of(location), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Rule pack cannot be read: " + location, e);
    }
  }
}
