package cn.zeren.inspection;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person put in a pool, or their entry changed: what avoidance needs beyond the directory.
 *
 * @param placesWorked places worked, one per line or separated by 、
 * @param dispatched the person is staff of a dispatched discipline group (XC-2.2: eligible for the leader pool)
 */
public record PoolForm(
    @NotNull(message = "{inspection.pool.person.required}") Long personId,
    @NotNull(message = "{inspection.pool.pool.required}") PoolKind pool,
    @Size(max = 100, message = "{inspection.pool.nativePlace.size}") String nativePlace,
    @Size(max = 500, message = "{inspection.pool.placesWorked.size}") String placesWorked,
    @Size(max = 200, message = "{inspection.pool.expertise.size}") String expertise,
    boolean dispatched,
    @Size(max = 500, message = "{inspection.pool.note.size}") String note) {}
