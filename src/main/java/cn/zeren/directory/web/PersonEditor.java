package cn.zeren.directory.web;

import cn.zeren.directory.PersonForm;
import cn.zeren.organisation.Person;
import java.io.Serializable;

/** What a person form holds between requests: the typed values, and for an edit the version that was loaded. */
public class PersonEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  private long version;
  private String name;
  private Long organisationId;
  private String jobTitle;
  private String phone;
  private String email;

  static PersonEditor in(Long organisationId) {
    PersonEditor editor = new PersonEditor();
    editor.organisationId = organisationId;
    return editor;
  }

  static PersonEditor of(Person p) {
    PersonEditor editor = new PersonEditor();
    editor.version = p.getVersion();
    editor.name = p.getName();
    editor.organisationId = p.getOrganisation().getId();
    editor.jobTitle = p.getJobTitle();
    editor.phone = p.getPhone();
    editor.email = p.getEmail();
    return editor;
  }

  PersonForm toForm() {
    return new PersonForm(name, organisationId, jobTitle, phone, email);
  }

  public long getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
