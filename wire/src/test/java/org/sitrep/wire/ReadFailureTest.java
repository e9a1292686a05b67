package org.sitrep.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.Violation;

class ReadFailureTest {
  @Test
  void theFirstProblemGivesPathAndReasonAndTheMessageListsThemAll() {
    ReadFailure one = ReadFailure.of(ReadFailure.Kind.MISSING_PROPERTY, "$.qualifier", "is required");
    assertThat(one.path()).isEqualTo("$.qualifier");
    assertThat(one.reason()).isEqualTo("is required");
    assertThat(one.message()).isEqualTo("$.qualifier: is required");
    ReadFailure two =
        ReadFailure.of(
            ReadFailure.Kind.RULE_VIOLATION,
            List.of(Violation.of("$.low", "is negative"), Violation.of("$.high", "is negative")));
    assertThat(two.path()).isEqualTo("$.low");
    assertThat(two.message()).isEqualTo("2 problems: $.low: is negative; $.high: is negative");
    assertThat(two.toString()).startsWith("RULE_VIOLATION: 2 problems");
  }

  @Test
  void aFailureNeedsAKindAndAProblem() {
    assertThatThrownBy(() -> ReadFailure.of(ReadFailure.Kind.SYNTAX, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one violation");
    assertThatThrownBy(() -> ReadFailure.of(null, "$", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kind");
  }

  @Test
  void itSurvivesJavaSerializationAsTheExceptionsThatCarryItDo() throws Exception {
    ReadFailure failure = ReadFailure.of(ReadFailure.Kind.SYNTAX, "$", "unexpected end");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(failure);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(failure);
    }
  }

  @Test
  void aFeedErrorSaysWhereTheRecordIsAndWhy() {
    ReadFailure failure = ReadFailure.of(ReadFailure.Kind.WRONG_TYPE, "$.id", "expected a string");
    Exception cause = new Exception("binding's own");
    FeedError error = new FeedError(12, 13, failure, cause);
    assertThat(error.kind()).isEqualTo(ReadFailure.Kind.WRONG_TYPE);
    assertThat(error.path()).isEqualTo("$.id");
    assertThat(error.reason()).isEqualTo("expected a string");
    assertThat(error.exception()).isSameAs(cause);
    assertThat(error).hasToString("line 13 (record 12): $.id: expected a string");
  }
}
