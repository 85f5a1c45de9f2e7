package cn.zeren.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No message text names an article of a locality's regulation: the article comes from the active rule pack as a
 * parameter, so another locality's pack cites its own (issue 14). Comments of the bundles may still name them.
 */
class MessagesCiteNoArticleTest {
  /** Anything shaped like an article id (YW-11.3, JDZ-34, YW-6.2a) … */
  private static final Pattern ARTICLE = Pattern.compile("\\b[A-Z]{2,4}-\\d+(\\.\\d+)?[a-z]?\\b");
  /** … except the technical names that share the shape. */
  private static final Set<String> TECHNICAL = Set.of("UTF-8", "SHA-256");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"messages_zh_CN.properties", "messages_en.properties", "ValidationMessages.properties"})
  void noTextOfTheBundleNamesAnArticle(String bundle) throws IOException {
    Properties texts = load(bundle);
    assertFalse(texts.isEmpty(), bundle + " is read");
    List<String> offending = texts.stringPropertyNames().stream().sorted()
        .filter(key -> articlesIn(texts.getProperty(key)))
        .map(key -> key + "=" + texts.getProperty(key))
        .toList();
    assertTrue(offending.isEmpty(), "texts naming an article instead of taking it from the pack: " + offending);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "YW-11.3 | true", "JDZ-34 | true", "见 YW-6.2a。 | true", "（YW-16 第十六条） | true",
    "CSV 文件（UTF-8） | false", "内容摘要（SHA-256） | false", "SM2 签名 | false", "（{0}） | false"
  })
  void theScanRecognisesArticleIdsAndNothingElse(String text, boolean article) {
    assertEquals(article, articlesIn(text));
  }

  /** With the Yiwu pack's ids the texts read as they did when they named them (a few of the refusals). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "report.sign.notSubmitted | YW-11.3 | 只有已报送的版本才能签字背书（YW-11.3）。",
    "signature.alreadySigned | YW-11.3 | 您已签署过此版本，不能重复签名（YW-11.3）。",
    "list.closing.ownRequest | YW-11.2 | 不能审批自己提出的销账申请（YW-11.2）。",
    "accountability.handledBy.required | YW-17 | 请选择办理机关（YW-17）。",
    "interview.interviewee.notHead | YW-12.2 | 此类约谈的对象应为该单位的党委或纪委主要负责人（YW-12.2）。",
    "assessment.publish.notComputed | YW-13.3 | 请先计算得分再通报（YW-13.3）。"
  })
  void aRefusalCitesTheArticleItIsGiven(String key, String ruleId, String expected) {
    assertEquals(expected, Texts.zh(key, ruleId));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "zh | 各指标分值之和应为100分，现为90分（YW-13.2）。",
    "en | The indicators' points must add up to 100; they add up to 90 (YW-13.2)."
  })
  void theTotalOfTheIndicatorsIsThePacksToo(String language, String expected) {
    java.util.Locale locale = language.equals("zh") ? Texts.CHINESE : java.util.Locale.ENGLISH;
    assertEquals(expected, Texts.get(locale, "assessment.set.notHundred", "90", "100", "YW-13.2"));
  }

  private static boolean articlesIn(String text) {
    Matcher m = ARTICLE.matcher(text);
    while (m.find()) {
      if (!TECHNICAL.contains(m.group())) {
        return true;
      }
    }
    return false;
  }

  private static Properties load(String bundle) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = MessagesCiteNoArticleTest.class.getResourceAsStream("/" + bundle)) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return texts;
  }
}
