package cn.zeren.dashboard;

import java.io.Serializable;
import java.util.List;

/**
 * The items behind a figure, as a table: what it shows, its headers, and its rows, each with the page that opens the
 * item (null when there is none). {@code truncated} says that more items exist than the table holds.
 */
public record DrillTable(String title, List<String> headers, List<Line> rows, boolean truncated)
    implements Serializable {

  /** One item: its cells in the order of the headers and the page that opens it. */
  public record Line(List<String> cells, String link) implements Serializable {}
}
