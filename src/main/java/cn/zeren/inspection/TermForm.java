package cn.zeren.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A committee term (届次) as the office records it. */
public record TermForm(
    @NotBlank(message = "{inspection.term.name.required}") @Size(max = 100, message = "{inspection.term.name.size}")
        String name,
    @NotNull(message = "{inspection.term.startsOn.required}") LocalDate startsOn,
    @NotNull(message = "{inspection.term.endsOn.required}") LocalDate endsOn) {}
