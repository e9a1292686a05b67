package org.sitrep.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.sitrep.wire.ReadFailure.Kind;

/** The one assertion for a refused read: the typed exception, its kind and its JSON path. */
final class Refused {
  private Refused() {}

  /**
   * Asserts that reading fails with a {@link SitrepJsonException} of the kind at the path.
   *
   * @return the exception, for further assertions
   */
  static SitrepJsonException assertRefused(ThrowingCallable read, Kind kind, String path) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).isInstanceOf(SitrepJsonException.class);
    SitrepJsonException e = (SitrepJsonException) thrown;
    assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
    assertThat(e.path()).as(e.getMessage()).isEqualTo(path);
    assertThat(e.getMessage()).startsWith(e.violations().size() == 1 ? path : "");
    assertThat(e.reason()).isNotBlank();
    return e;
  }

  /**
   * Asserts that sitrep-jackson (Jackson 2) refuses the same input with a failure of the same
   * kind at the same path, and returns its exception.
   */
  static org.sitrep.jackson.SitrepJsonException byJackson2(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).isInstanceOf(org.sitrep.jackson.SitrepJsonException.class);
    return (org.sitrep.jackson.SitrepJsonException) thrown;
  }
}
