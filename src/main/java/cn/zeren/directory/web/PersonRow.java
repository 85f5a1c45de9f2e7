package cn.zeren.directory.web;

import cn.zeren.organisation.Person;
import java.io.Serializable;

/** A person in a list: the people of a unit, or the administrators' search results. */
public record PersonRow(
    long id,
    String name,
    long organisationId,
    String organisationName,
    String jobTitle,
    String phone,
    String email,
    boolean active)
    implements Serializable {

  static PersonRow of(Person p) {
    return new PersonRow(
        p.getId(), p.getName(), p.getOrganisation().getId(), p.getOrganisation().getName(), p.getJobTitle(),
        p.getPhone(), p.getEmail(), p.isActive());
  }

  /** How a person is offered in a choice: name, unit and post, since names repeat. */
  public String label() {
    return jobTitle == null || jobTitle.isBlank()
        ? name + "（" + organisationName + "）"
        : name + "（" + organisationName + " · " + jobTitle + "）";
  }
}
