package cn.zeren.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One SMTP connection for a reminder run: opened at the first message, reopened if the relay dropped it, closed at
 * the end — rather than a connection and a TLS handshake per message.
 */
public final class Outbox implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

  private final Session session;
  private final InternetAddress sender;
  private final String host;
  private final int port;
  private final String username;
  private final String password;
  private Transport transport;

  Outbox(Session session, InternetAddress sender, String host, int port, String username, String password) {
    this.session = session;
    this.sender = sender;
    this.host = host;
    this.port = port;
    this.username = username;
    this.password = password;
  }

  /** Sends a plain-text UTF-8 message to one address. */
  public void send(String to, String subject, String body) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(sender);
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(body, StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    message.saveChanges();
    transport().sendMessage(message, message.getAllRecipients());
  }

  private Transport transport() throws MessagingException {
    if (transport == null || !transport.isConnected()) {
      transport = session.getTransport("smtp");
      transport.connect(host, port, username, password);
    }
    return transport;
  }

  @Override
  public void close() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException e) {
        LOG.log(Level.FINE, "Closing the SMTP connection failed", e);
      }
    }
  }
}
