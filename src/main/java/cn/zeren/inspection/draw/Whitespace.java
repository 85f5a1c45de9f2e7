package cn.zeren.inspection.draw;

/**
 * The Unicode {@code White_Space} characters, listed once so that a verifier in another language strips the same
 * ones: U+0009–U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000
 * (the ideographic space a Chinese input method types).
 */
final class Whitespace {
  private Whitespace() {}

  static boolean is(int c) {
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
        || c == 0x3000;
  }

  /** The text without white space at either end. */
  static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && is(text.charAt(start))) {
      start++;
    }
    while (end > start && is(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /** The text without any white space. */
  static String removeAll(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().filter(c -> !is(c)).forEach(kept::appendCodePoint);
    return kept.toString();
  }
}
