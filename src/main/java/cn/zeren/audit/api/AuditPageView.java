package cn.zeren.audit.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of audit entries, newest first. */
@Schema(name = "AuditPage")
@JsonbPropertyOrder({"total", "page", "size", "items"})
public record AuditPageView(
    @Schema(description = "符合条件的条目总数") long total,
    @Schema(description = "页码，从 0 开始") int page,
    int size,
    List<AuditEntryView> items) {}
