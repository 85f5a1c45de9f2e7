package cn.zeren.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Bean Validation message a constraint names ({@code message = "{person.name.required}"}) is in
 * ValidationMessages.properties: a missing one would reach the clerk as the raw key.
 */
class ValidationMessageKeysTest {
  private static final Pattern KEY = Pattern.compile("message\\s*=\\s*\"\\{([A-Za-z0-9_.]+)}\"");

  @Test
  void everyConstraintMessageIsWritten() throws IOException {
    Properties texts = new Properties();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("ValidationMessages.properties")) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    TreeSet<String> used = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = KEY.matcher(Files.readString(source));
        while (m.find()) {
          if (!m.group(1).startsWith("jakarta.")) {
            used.add(m.group(1));
          }
        }
      }
    }
    assertFalse(used.isEmpty(), "the sources are scanned");
    List<String> missing = used.stream().filter(key -> texts.getProperty(key, "").isBlank()).toList();
    assertTrue(missing.isEmpty(), "constraint messages missing from ValidationMessages.properties: " + missing);
  }
}
