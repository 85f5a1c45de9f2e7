package cn.zeren.platform;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the user is told is dug out of the wrappers the container puts around a refusal. */
class FailuresTest {
  private static final DomainException REFUSAL = DomainException.onField("code", "organisation.code.taken", "QSZ");
  private static final ConstraintViolationException INVALID = new ConstraintViolationException("invalid", Set.of());

  static Stream<Arguments> wrappers() {
    return Stream.of(
        Arguments.of("bare", Function.<Throwable>identity()),
        Arguments.of("EJB", (Function<Throwable, Throwable>) t -> new EJBException((Exception) t)),
        Arguments.of(
            "CDI @Transactional",
            (Function<Throwable, Throwable>) t -> new TransactionalException("rolled back", t)),
        Arguments.of(
            "JPA inside EJB",
            (Function<Throwable, Throwable>)
                t -> new EJBException(new PersistenceException("flush failed", t))),
        Arguments.of(
            "three levels",
            (Function<Throwable, Throwable>)
                t -> new RuntimeException(new IllegalStateException(new PersistenceException(t)))));
  }

  @ParameterizedTest(name = "a domain refusal, {0}")
  @MethodSource("wrappers")
  void aDomainRefusalIsFoundInsideAnyWrapper(String why, Function<Throwable, Throwable> wrap) {
    assertSame(REFUSAL, Failures.explain(wrap.apply(REFUSAL)));
  }

  @ParameterizedTest(name = "a validation failure, {0}")
  @MethodSource("wrappers")
  void aValidationFailureIsFoundInsideAnyWrapper(String why, Function<Throwable, Throwable> wrap) {
    assertSame(INVALID, Failures.explain(wrap.apply(INVALID)));
  }

  @ParameterizedTest(name = "a JPA optimistic lock, {0}")
  @MethodSource("wrappers")
  void anOptimisticLockBecomesAConcurrentChange(String why, Function<Throwable, Throwable> wrap) {
    RuntimeException explained = Failures.explain(wrap.apply(new OptimisticLockException("stale")));
    assertInstanceOf(ConcurrentChangeException.class, explained);
  }

  @Test
  void eclipseLinksOwnOptimisticLockBecomesAConcurrentChange() {
    Throwable commit =
        new RollbackException("commit failed");
    commit.initCause(org.eclipse.persistence.exceptions.OptimisticLockException.objectChangedSinceLastMerge("x"));
    assertInstanceOf(ConcurrentChangeException.class, Failures.explain(new TransactionalException("tx", commit)));
  }

  @Test
  void aConcurrentChangeIsItselfADomainRefusal() {
    ConcurrentChangeException conflict = new ConcurrentChangeException();
    assertSame(conflict, Failures.explain(new EJBException(conflict)));
  }

  @Test
  void theOutermostDomainRefusalWins() {
    DomainException outer = new DomainException("organisation.deactivate.root");
    outer.initCause(REFUSAL);
    assertSame(outer, Failures.explain(new EJBException(outer)));
  }

  @Test
  void aGenuineFaultExplainsNothing() {
    assertNull(Failures.explain(new EJBException(new PersistenceException(new java.sql.SQLException("gone")))));
    assertNull(Failures.explain(new NullPointerException()));
    assertNull(Failures.explain(null));
  }

  @Test
  void aCauseChainThatLoopsEnds() {
    RuntimeException self = new RuntimeException("loop") {
      @Override
      public synchronized Throwable getCause() {
        return this;
      }
    };
    assertNull(Failures.explain(self));
  }
}
