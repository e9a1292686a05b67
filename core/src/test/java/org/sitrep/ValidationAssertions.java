package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on {@link SitrepValidationException}s shared by the core tests. */
final class ValidationAssertions {
  private ValidationAssertions() {}

  /**
   * Runs the call and asserts that it fails with a {@link SitrepValidationException}, never with a
   * {@link NullPointerException} or any other exception.
   */
  static SitrepValidationException invalid(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(SitrepValidationException.class);
    return (SitrepValidationException) thrown;
  }

  /** Asserts that the call fails with exactly one violation, at {@code path}. */
  static Violation assertSingleViolation(ThrowingCallable call, String path, String reasonPart) {
    List<Violation> violations = invalid(call).violations();
    assertThat(violations).as("violations").hasSize(1);
    Violation only = violations.get(0);
    assertThat(only.path()).as("path of %s", only).isEqualTo(path);
    assertThat(only.reason()).as("reason of %s", only).contains(reasonPart);
    return only;
  }

  /** Asserts that the call fails and that one of its violations is at {@code path}. */
  static void assertHasViolation(ThrowingCallable call, String path, String reasonPart) {
    assertHasViolation(invalid(call), path, reasonPart);
  }

  /** Asserts that one of the exception's violations is at {@code path} with the reason part. */
  static void assertHasViolation(SitrepValidationException e, String path, String reasonPart) {
    assertThat(e.violations())
        .as("violations of %s", e.getMessage())
        .anySatisfy(
            v -> {
              assertThat(v.path()).isEqualTo(path);
              assertThat(v.reason()).contains(reasonPart);
            });
  }

  /** @return the paths of the call's violations, in the order reported */
  static List<String> violationPaths(ThrowingCallable call) {
    return invalid(call).violations().stream().map(Violation::path).toList();
  }
}
