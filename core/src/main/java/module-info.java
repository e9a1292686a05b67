/**
 * The Sitrep model: reports of armed-conflict events, as typed, immutable, validated values (the
 * package {@link org.sitrep}).
 *
 * <p>Immutables generates the value classes at compile time, and JSpecify's annotations mark the
 * API null-free: neither is needed at run time, nor by a user's compiler ({@code requires static}).
 * The validation helpers of {@code org.sitrep.internal} are exported only to Sitrep's own modules
 * (decision record 0016).
 */
@SuppressWarnings({
  "module", // the qualified export names modules that are compiled after this one
  "requires-automatic" // Immutables, read at compile time only, has a stable Automatic-Module-Name
})
module org.sitrep.core {
  requires static org.immutables.value;
  requires static org.jspecify;

  exports org.sitrep;
  exports org.sitrep.internal to
      org.sitrep.wire,
      org.sitrep.jackson,
      org.sitrep.jackson3;
}
