package cn.zeren.inspection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What the office plans a round with.
 *
 * @param lookBackOfId the earlier round a 回头看 looks back at (required for {@link RoundKind#LOOK_BACK} only)
 * @param authorisedBy who authorised this round's groups (一次一授权), e.g. 市委书记专题会议
 * @param targetIds the units inspected (ZZ 第七条, JDZ 第十五条)
 * @param groupCount how many groups the round forms (一轮一组建); the draw gives each its targets and leader
 * @param durationAdjustment the leading group's consent to a shorter round (JDZ: 经领导小组同意……可以适当调整巡察时间),
 *     e.g. 领导小组2027年第2次会议同意; without it a round shorter than the pack's minimum is refused
 */
public record RoundForm(
    @NotBlank(message = "{inspection.round.name.required}") @Size(max = 100, message = "{inspection.round.name.size}")
        String name,
    @NotNull(message = "{inspection.round.kind.required}") RoundKind kind,
    Long lookBackOfId,
    @NotNull(message = "{inspection.round.startsOn.required}") LocalDate startsOn,
    @NotNull(message = "{inspection.round.endsOn.required}") LocalDate endsOn,
    @NotBlank(message = "{inspection.round.authorisedBy.required}")
        @Size(max = 200, message = "{inspection.round.authorisedBy.size}")
        String authorisedBy,
    @NotNull(message = "{inspection.round.authorisedOn.required}") LocalDate authorisedOn,
    @NotEmpty(message = "{inspection.round.targets.required}") List<Long> targetIds,
    @Min(value = 1, message = "{inspection.round.groupCount.range}")
        @Max(value = 20, message = "{inspection.round.groupCount.range}")
        int groupCount,
    @Size(max = 200, message = "{inspection.round.durationAdjustment.size}") String durationAdjustment) {}
