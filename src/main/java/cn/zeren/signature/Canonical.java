package cn.zeren.signature;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Canonical JSON of a content tree, in the spirit of RFC 8785: object members sorted by key (UTF-16 code units),
 * no insignificant whitespace, strings NFC-normalised and escaped only where JSON requires it, integers without
 * exponent, decimals in plain notation without trailing zeros. The same tree always gives the same bytes, which is
 * what a signature needs; the output is ordinary JSON that any tool can read.
 */
public final class Canonical {
  private Canonical() {}

  public static byte[] bytes(Object tree) {
    return string(tree).getBytes(StandardCharsets.UTF_8);
  }

  public static String string(Object tree) {
    StringBuilder out = new StringBuilder();
    write(out, tree);
    return out.toString();
  }

  private static void write(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      writeString(out, s);
    } else if (value instanceof Boolean b) {
      out.append(b);
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      out.append(((Number) value).longValue());
    } else if (value instanceof BigDecimal d) {
      BigDecimal stripped = d.stripTrailingZeros();
      out.append(stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString());
    } else if (value instanceof Map<?, ?> map) {
      TreeMap<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> e : sorted.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        writeString(out, e.getKey());
        out.append(':');
        write(out, e.getValue());
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(out, list.get(i));
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException(
          "Not a canonical content value (use String, Long, BigDecimal, Boolean, List, Map): "
              + value.getClass().getName());
    }
  }

  private static void writeString(StringBuilder out, String raw) {
    String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
