package io.eksform.engine.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.problem.UserFacingException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * AWS_MAX_ATTEMPTS: absent means eksform's 8, a positive number is taken, anything else is refused.
 */
class RetryAttemptsTest {
  @Test
  void absentOrBlankMeansTheDefault() {
    assertEquals(8, RetryAttempts.resolve(Optional.empty()));
    assertEquals(8, RetryAttempts.resolve(Optional.of(" ")));
  }

  @Test
  void aPositiveNumberIsTaken() {
    assertEquals(1, RetryAttempts.resolve(Optional.of("1")));
    assertEquals(20, RetryAttempts.resolve(Optional.of(" 20 ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-3", "three", "2.5"})
  void anythingElseIsRefusedWithTheValueAndAHint(String value) {
    UserFacingException e =
        assertThrows(UserFacingException.class, () -> RetryAttempts.resolve(Optional.of(value)));
    assertEquals("AWS_MAX_ATTEMPTS is '" + value + "', not a number of attempts", e.getMessage());
    assertTrue(e.hint().contains("1 or more"), e.hint());
  }
}
