package cn.zeren.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Outgoing e-mail through the SMTP relay named in {@code zeren.mail.*} (Jakarta Mail as Payara provides it). With no
 * host configured the e-mail channel is off and reminders go to the inbox only; that is logged once. STARTTLS, when
 * on (the default), is required rather than attempted, so that credentials never cross the network in clear.
 */
@ApplicationScoped
public class Mailer {
  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
  /** Longest wait for the relay to connect, answer or accept data, so that a dead relay cannot stall a run. */
  private static final String TIMEOUT_MILLIS = "20000";

  @Inject
  @ConfigProperty(name = "zeren.mail.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "zeren.mail.port", defaultValue = "587")
  int port;

  @Inject
  @ConfigProperty(name = "zeren.mail.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "zeren.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "zeren.mail.starttls", defaultValue = "true")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "zeren.mail.from")
  Optional<String> from;

  private Session session;
  private InternetAddress sender;

  @PostConstruct
  void configure() {
    if (host.isEmpty()) {
      LOG.info("E-mail reminders are off: zeren.mail.host (ZEREN_MAIL_HOST) is not set; reminders go to the inbox only.");
      return;
    }
    if (from.isEmpty()) {
      LOG.warning("E-mail reminders are off: zeren.mail.from (ZEREN_MAIL_FROM) is not set.");
      return;
    }
    sender = sender(from.get());
    session = Session.getInstance(properties());
    LOG.info(
        () -> "E-mail reminders via " + host.get() + ":" + port + (starttls ? " with STARTTLS" : " without TLS")
            + " from " + sender.getAddress());
  }

  public boolean enabled() {
    return session != null;
  }

  /** A connection for one run, opened at the first message and closed by the caller. */
  public Outbox open() {
    return new Outbox(session, sender, host.orElse(null), port, username.orElse(null), password.orElse(null));
  }

  private Properties properties() {
    Properties p = new Properties();
    p.setProperty("mail.transport.protocol", "smtp");
    p.setProperty("mail.smtp.host", host.get());
    p.setProperty("mail.smtp.port", String.valueOf(port));
    p.setProperty("mail.smtp.auth", String.valueOf(username.isPresent()));
    p.setProperty("mail.smtp.starttls.enable", String.valueOf(starttls));
    p.setProperty("mail.smtp.starttls.required", String.valueOf(starttls));
    p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
    p.setProperty("mail.from", sender.getAddress());
    p.setProperty("mail.smtp.from", sender.getAddress());
    p.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
    p.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
    p.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    p.setProperty("mail.mime.charset", StandardCharsets.UTF_8.name());
    return p;
  }

  /** "两个责任监督平台 <zeren@example.gov.cn>" with the name encoded for the header (RFC 2047). */
  private static InternetAddress sender(String configured) {
    try {
      InternetAddress parsed = new InternetAddress(configured, true);
      return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
    } catch (AddressException | UnsupportedEncodingException e) {
      throw new IllegalStateException("zeren.mail.from is not an e-mail address: " + configured, e);
    }
  }
}
