package cn.zeren.directory;

import cn.zeren.organisation.Person;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The editable fields of a person, as a page or the API submits them. */
public record PersonForm(
    @NotBlank(message = "{person.name.required}") @Size(max = 50, message = "{person.name.size}") String name,
    @NotNull(message = "{person.organisation.required}") Long organisationId,
    @Size(max = 100, message = "{person.jobTitle.size}") String jobTitle,
    @Size(max = 30, message = "{person.phone.size}") @Pattern(regexp = "[0-9+\\- ]*", message = "{person.phone.pattern}")
        String phone,
    @Email(message = "{person.email.pattern}") @Size(max = 200, message = "{person.email.size}") String email) {

  public static PersonForm of(Person p) {
    return new PersonForm(p.getName(), p.getOrganisation().getId(), p.getJobTitle(), p.getPhone(), p.getEmail());
  }
}
