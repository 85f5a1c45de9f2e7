package cn.zeren.directory;

import cn.zeren.organisation.DisciplineBodyType;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.OrganisationKind;
import cn.zeren.organisation.PartyBodyType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The editable fields of an organisation, as a page or the API submits them. */
public record OrganisationForm(
    @NotBlank(message = "{organisation.code.required}")
        @Size(max = 32, message = "{organisation.code.size}")
        @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{organisation.code.pattern}")
        String code,
    @NotBlank(message = "{organisation.name.required}") @Size(max = 100, message = "{organisation.name.size}")
        String name,
    @NotNull(message = "{organisation.kind.required}") OrganisationKind kind,
    int sortOrder,
    @NotNull(message = "{organisation.partyBodyType.required}") PartyBodyType partyBodyType,
    @NotBlank(message = "{organisation.partyBodyName.required}") @Size(max = 100, message = "{organisation.name.size}")
        String partyBodyName,
    @NotNull(message = "{organisation.disciplineBodyType.required}") DisciplineBodyType disciplineBodyType,
    @NotBlank(message = "{organisation.disciplineBodyName.required}")
        @Size(max = 100, message = "{organisation.name.size}")
        String disciplineBodyName) {

  public static OrganisationForm of(Organisation o) {
    return new OrganisationForm(
        o.getCode(), o.getName(), o.getKind(), o.getSortOrder(), o.getPartyBodyType(), o.getPartyBodyName(),
        o.getDisciplineBodyType(), o.getDisciplineBodyName());
  }
}
