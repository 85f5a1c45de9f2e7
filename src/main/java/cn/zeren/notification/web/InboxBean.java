package cn.zeren.notification.web;

import cn.zeren.notification.InboxItem;
import cn.zeren.notification.InboxService;
import cn.zeren.notification.Mailer;
import cn.zeren.platform.web.Messages;
import cn.zeren.security.PersonalSettings;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 消息: the signed-in person's inbox, a page at a time (newest first), opening a message marks it read; and their
 * e-mail setting (我的设置), which only they can change.
 */
@Named
@ViewScoped
public class InboxBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject InboxService inbox;
  @Inject PersonalSettings settings;
  @Inject Mailer mailer;

  private final LazyDataModel<InboxItem> messages = new Page();
  private InboxItem selected;
  private boolean emailNotifications;
  private String emailAddress;
  private long unread;

  @PostConstruct
  void init() {
    PersonalSettings.EmailPreference preference = settings.emailPreference();
    emailNotifications = preference.enabled();
    emailAddress = preference.address();
    unread = inbox.unreadCount();
  }

  /** The inbox's rows, loaded page by page: a level above may have thousands of overdue reminders. */
  private final class Page extends LazyDataModel<InboxItem> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return (int) inbox.count();
    }

    @Override
    public List<InboxItem> load(
        int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
      return inbox.page(first, pageSize);
    }

    @Override
    public String getRowKey(InboxItem item) {
      return String.valueOf(item.id());
    }

    @Override
    public InboxItem getRowData(String rowKey) {
      return getWrappedData().stream().filter(m -> getRowKey(m).equals(rowKey)).findFirst().orElse(null);
    }
  }

  public void open(long messageId) {
    try {
      selected = inbox.open(messageId);
      unread = inbox.unreadCount();
    } catch (RuntimeException e) {
      selected = null;
      Messages.show(e, "inboxForm");
    }
  }

  public void markAllRead() {
    int count = inbox.markAllRead();
    unread = 0;
    Messages.info("inbox.markAllRead.done", String.valueOf(count));
  }

  public void saveSettings() {
    try {
      settings.setEmailNotifications(emailNotifications);
      Messages.info("settings.saved");
    } catch (RuntimeException e) {
      Messages.show(e, "settingsForm");
    }
  }

  public LazyDataModel<InboxItem> getMessages() {
    return messages;
  }

  public InboxItem getSelected() {
    return selected;
  }

  public long getUnread() {
    return unread;
  }

  public boolean isEmailNotifications() {
    return emailNotifications;
  }

  public void setEmailNotifications(boolean emailNotifications) {
    this.emailNotifications = emailNotifications;
  }

  public String getEmailAddress() {
    return emailAddress;
  }

  public boolean isMailServerConfigured() {
    return mailer.enabled();
  }
}
