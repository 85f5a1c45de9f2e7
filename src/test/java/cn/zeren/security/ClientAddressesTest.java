package cn.zeren.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whose address the audit trail and the sign-in throttle see behind a reverse proxy (issue 13, finding 4). */
class ClientAddressesTest {

  @ParameterizedTest(name = "from {0} with X-Forwarded-For \"{1}\", trusting \"{2}\" → {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "203.0.113.9 | NULL                     | ''                  | 203.0.113.9",
        "10.0.0.2    | 198.51.100.4             | ''                  | 10.0.0.2",
        "10.0.0.2    | 198.51.100.4             | 10.0.0.2            | 198.51.100.4",
        "10.0.0.2    | 6.6.6.6, 198.51.100.4    | 10.0.0.2            | 198.51.100.4",
        "10.0.0.2    | 198.51.100.4, 10.0.0.3   | 10.0.0.2,10.0.0.3   | 198.51.100.4",
        "203.0.113.9 | 198.51.100.4             | 10.0.0.2            | 203.0.113.9",
        "10.0.0.2    | <script>                 | 10.0.0.2            | 10.0.0.2",
        "10.0.0.2    | ''                       | 10.0.0.2            | 10.0.0.2",
        "10.0.0.2    | 10.0.0.2                 | 10.0.0.2            | 10.0.0.2",
        "::1         | 2001:db8::7              | ::1, 127.0.0.1      | 2001:db8::7",
      })
  void onlyATrustedProxyNamesTheClient(String remote, String forwardedFor, String trusted, String expected) {
    assertEquals(expected, ClientAddresses.resolve(remote, forwardedFor, ClientAddresses.parse(trusted)));
  }
}
