package cn.zeren.it.support;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real SMTP server for tests, on the loopback: it speaks enough of RFC 5321 for Jakarta Mail (EHLO, MAIL, RCPT,
 * DATA, RSET, NOOP, QUIT), accepts every message and keeps it, parsed, for the test to read. Stopping it makes the
 * next delivery fail, as a mail relay that is down would.
 */
public final class SmtpSink implements AutoCloseable {
  /** A message as received: the envelope recipients and the parsed MIME message. */
  public record Mail(List<String> recipients, MimeMessage message) {
    public String subject() {
      try {
        return message.getSubject();
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }

    public String body() {
      try {
        return String.valueOf(message.getContent());
      } catch (IOException | jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** One session to parse with: creating one looks up Jakarta Mail's providers on the class path, per message. */
  private static final Session PARSER = Session.getInstance(new Properties());

  private final ServerSocket server;
  private final List<Mail> received = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  private SmtpSink(int port) throws IOException {
    server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::accept, "smtp-sink-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public static SmtpSink start(int port) {
    try {
      return new SmtpSink(port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
    }
  }

  public List<Mail> received() {
    return List.copyOf(received);
  }

  public List<Mail> to(String address) {
    return received.stream().filter(m -> m.recipients().contains(address)).toList();
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void accept() {
    while (!server.isClosed()) {
      try (Socket socket = server.accept()) {
        converse(socket);
      } catch (IOException e) {
        // the sink was stopped, or a client went away: wait for the next one
      }
    }
  }

  private void converse(Socket socket) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    OutputStream out = socket.getOutputStream();
    reply(out, "220 smtp-sink ready");
    List<String> recipients = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
      switch (command) {
        case "EHLO", "HELO" -> reply(out, "250 smtp-sink");
        case "MAIL", "NOOP" -> reply(out, "250 ok");
        case "RSET" -> {
          recipients.clear();
          reply(out, "250 ok");
        }
        case "RCPT" -> {
          recipients.add(line.replaceAll("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1").trim());
          reply(out, "250 ok");
        }
        case "DATA" -> {
          reply(out, "354 end with <CRLF>.<CRLF>");
          received.add(new Mail(List.copyOf(recipients), parse(readData(in))));
          recipients.clear();
          reply(out, "250 queued");
        }
        case "QUIT" -> {
          reply(out, "221 bye");
          return;
        }
        default -> reply(out, "502 command not recognised");
      }
    }
  }

  private static String readData(BufferedReader in) throws IOException {
    StringBuilder data = new StringBuilder();
    String line;
    while ((line = in.readLine()) != null && !line.equals(".")) {
      data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
    }
    return data.toString();
  }

  private static MimeMessage parse(String raw) {
    try {
      return new MimeMessage(
          PARSER,
          new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
