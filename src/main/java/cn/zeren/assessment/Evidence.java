package cn.zeren.assessment;

import java.io.Serializable;

/**
 * What a score item rests on: an entity reference ({@code type}:{@code ref}, e.g. {@code REPORT:12}) and the page
 * that shows it (context-relative, or null when no page shows it).
 */
public record Evidence(String type, String ref, String link) implements Serializable {
  public String entityRef() {
    return type + ":" + ref;
  }
}
