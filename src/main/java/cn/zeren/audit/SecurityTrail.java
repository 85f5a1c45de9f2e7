package cn.zeren.audit;

import cn.zeren.security.SecurityEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Writes security's events (sign-in, lockout, unlock, sign-out …) into the trail, observed synchronously in the
 * transaction of whoever fired them, so that security does not depend on the audit context.
 */
@ApplicationScoped
public class SecurityTrail {
  @Inject AuditLog audit;

  void record(@Observes SecurityEvent event) {
    audit.recordAs(event.actor(), event.action(), event.entityType(), event.entityId(), event.details());
  }
}
