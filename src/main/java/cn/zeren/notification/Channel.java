package cn.zeren.notification;

/** How a reminder reaches a person: the in-app inbox (always) and e-mail (when configured and wanted). */
public enum Channel {
  INBOX,
  EMAIL
}
