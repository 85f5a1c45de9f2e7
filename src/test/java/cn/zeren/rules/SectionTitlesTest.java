package cn.zeren.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The page 规则包 names every section a pack can hold in the reader's language, never by its Java type. */
class SectionTitlesTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"messages_zh_CN.properties", "messages_en.properties"})
  void everySectionHasATitle(String bundle) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    List<String> untitled = TestSections.ALL.stream()
        .map(section -> "rules.section." + section.type().getSimpleName())
        .filter(key -> texts.getProperty(key, "").isBlank())
        .toList();
    assertTrue(untitled.isEmpty(), bundle + " lacks " + untitled);
  }
}
