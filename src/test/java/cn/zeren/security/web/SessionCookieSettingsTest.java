package cn.zeren.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionCookieConfig;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code zeren.session.cookie-secure}: behind a TLS-terminating proxy the session cookie is Secure (issue 13, 3). */
class SessionCookieSettingsTest {

  @ParameterizedTest
  @CsvSource({"request, ''", "always, setSecure=true"})
  void theValueDecidesWhetherTheCookieIsForcedSecure(String value, String expectedCalls) {
    List<String> calls = new ArrayList<>();
    SessionCookieSettings.apply(value, context(calls));
    assertEquals(expectedCalls, String.join(",", calls));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "true", ""})
  void anyOtherValueStopsTheStartWithTheKeyNamed(String value) {
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> SessionCookieSettings.apply(value, context(new ArrayList<>())));
    assertTrue(refused.getMessage().contains(SessionCookieSettings.KEY), refused.getMessage());
  }

  /** A servlet context whose session cookie configuration records the setters called on it. */
  private static ServletContext context(List<String> calls) {
    SessionCookieConfig cookies =
        (SessionCookieConfig) Proxy.newProxyInstance(
            SessionCookieConfig.class.getClassLoader(), new Class<?>[] {SessionCookieConfig.class},
            (proxy, method, args) -> {
              calls.add(method.getName() + "=" + args[0]);
              return null;
            });
    return (ServletContext) Proxy.newProxyInstance(
        ServletContext.class.getClassLoader(), new Class<?>[] {ServletContext.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getSessionCookieConfig")) {
            return cookies;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }
}
