package cn.zeren.web;

import cn.zeren.calendar.CalendarAction;
import cn.zeren.calendar.CalendarService;
import cn.zeren.directory.OrganisationService;
import cn.zeren.directory.PersonService;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Person;
import cn.zeren.platform.web.Times;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.ActorResolver;
import cn.zeren.security.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;

/** The home page: the person, the organisation and role they act in, and their roles. */
@Named
@RequestScoped
public class HomeBean {
  @Inject PersonService people;
  @Inject OrganisationService organisations;
  @Inject ActorResolver actors;
  @Inject CalendarService calendar;
  @Inject AccessPolicy access;

  private Person person;
  private Organisation actingOrganisation;
  private Instant lastSignIn;
  private String missingCalendarYear;

  @PostConstruct
  void load() {
    Actor actor = ActorContext.current();
    if (!actor.isAuthenticated()) {
      return;
    }
    UserAccount account = actors.account(actor.username()).orElse(null);
    if (account != null) {
      person = account.getPerson();
      lastSignIn = account.getLastSignInAt();
    }
    if (actor.hasRole()) {
      actingOrganisation = organisations.get(actor.orgId());
    }
    if (access.permitsSomewhere(CalendarAction.MANAGE)) {
      missingCalendarYear =
          calendar.missingNextYear(LocalDate.now(Times.BEIJING)).map(String::valueOf).orElse(null);
    }
  }

  /** Next year, when its holiday schedule is still missing from 1 November on (administrators only). */
  public String getMissingCalendarYear() {
    return missingCalendarYear;
  }

  public Person getPerson() {
    return person;
  }

  public Organisation getActingOrganisation() {
    return actingOrganisation;
  }

  public Instant getLastSignIn() {
    return lastSignIn;
  }
}
