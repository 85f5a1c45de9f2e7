package cn.zeren.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.NotFoundException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.junit.jupiter.api.Test;

class RefusalExceptionHandlerTest {
  @Test
  void aRefusalInsideTheWrappersOfElAndFacesIsTheAccessDeniedPage() {
    Throwable wrapped = new FacesException(new ELException(new AccessDeniedException("error.accessDenied")));
    assertEquals(RefusalExceptionHandler.Answer.FORBIDDEN, RefusalExceptionHandler.answerFor(wrapped));
  }

  @Test
  void aMissingRecordIsTheNotFoundPage() {
    Throwable wrapped = new ELException(new NotFoundException("organisation", 7));
    assertEquals(RefusalExceptionHandler.Answer.NOT_FOUND, RefusalExceptionHandler.answerFor(wrapped));
  }

  @Test
  void aViewStateTheServerDoesNotHoldIsTheExpiredPage() {
    Throwable expired = new FacesException(new ViewExpiredException("viewId:/tokens.xhtml", "/tokens.xhtml"));
    assertEquals(RefusalExceptionHandler.Answer.EXPIRED, RefusalExceptionHandler.answerFor(expired));
  }

  @Test
  void otherFailuresAreLeftToTheDefaultHandler() {
    assertNull(RefusalExceptionHandler.answerFor(new IllegalStateException("a bug")));
    assertNull(RefusalExceptionHandler.answerFor(new ELException(new DomainException("error.validation"))));
  }
}
