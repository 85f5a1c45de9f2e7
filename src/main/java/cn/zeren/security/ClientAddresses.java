package cn.zeren.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's address as the audit trail and the sign-in throttle see it. Payara sees the address of whoever
 * opened the connection; behind a reverse proxy that is the proxy, for every client alike. When the request comes
 * from one of the proxies named in {@code zeren.http.trusted-proxies} (comma-separated addresses, none by default),
 * the client is the right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy; a header from
 * anyone else is ignored, so a client cannot choose its own address.
 */
@ApplicationScoped
public class ClientAddresses {
  private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  @Inject
  @ConfigProperty(name = "zeren.http.trusted-proxies")
  Optional<String> trustedProxies;

  private Set<String> trusted = Set.of();

  @PostConstruct
  void init() {
    trusted = parse(trustedProxies.orElse(""));
  }

  public String of(HttpServletRequest request) {
    return resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted);
  }

  static Set<String> parse(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
  }

  /** The client's address from the connection's and, if the connection is a trusted proxy's, the header's. */
  static String resolve(String remote, String forwardedFor, Set<String> trusted) {
    if (forwardedFor == null || !trusted.contains(remote)) {
      return remote;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (trusted.contains(hop)) {
        continue;
      }
      return ADDRESS.matcher(hop).matches() ? hop : remote;
    }
    return remote;
  }
}
