package cn.zeren.security.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's {@code Secure} flag behind a TLS-terminating proxy. By default ({@code
 * zeren.session.cookie-secure=request}) the cookie is Secure exactly when the request reached Payara over TLS
 * ({@code payara-web.xml}); when TLS ends at the proxy, Payara sees plain HTTP, so the operator sets {@code always}
 * and the cookie is Secure whatever the request (docs/operations.md). SameSite=Lax and HttpOnly are fixed in the
 * deployment descriptors.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {
  public static final String KEY = "zeren.session.cookie-secure";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    String value =
        ConfigProvider.getConfig().getOptionalValue(KEY, String.class).orElse("request").strip().toLowerCase(Locale.ROOT);
    apply(value, event.getServletContext());
  }

  /** Applies a value of {@value #KEY}; anything but {@code request} or {@code always} stops the start. */
  static void apply(String value, ServletContext context) {
    switch (value) {
      case "request" -> { }
      case "always" -> context.getSessionCookieConfig().setSecure(true);
      default -> throw new IllegalStateException(
          KEY + " must be 'request' (Secure when the request came over TLS) or 'always', not '" + value + "'");
    }
  }
}
