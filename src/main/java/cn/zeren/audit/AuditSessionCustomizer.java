package cn.zeren.audit;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

/**
 * Attaches the {@link AuditWriter} to every entity EclipseLink maps, except the audit trail itself, so that no
 * insert, update or delete made through JPA can escape the audit trail (registered in persistence.xml).
 */
public class AuditSessionCustomizer implements SessionCustomizer {
  @Override
  public void customize(Session session) {
    AuditWriter writer = new AuditWriter();
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      if (!AuditEntry.class.equals(descriptor.getJavaClass()) && !descriptor.isAggregateDescriptor()) {
        descriptor.getEventManager().addListener(writer);
      }
    }
  }
}
