package cn.zeren.calendar;

import cn.zeren.platform.DomainException;

/** A holiday-schedule file was refused whole; the message names the line and the reason. */
public class ScheduleFileException extends DomainException {
  private final int line;

  public ScheduleFileException(int line, String key, Object... args) {
    super(key, withLine(line, args));
    this.line = line;
  }

  /** The 1-based line of the file the refusal is about (0 for the file as a whole). */
  public int getLine() {
    return line;
  }

  private static Object[] withLine(int line, Object[] args) {
    Object[] all = new Object[args.length + 1];
    all[0] = line;
    System.arraycopy(args, 0, all, 1, args.length);
    return all;
  }
}
