/**
 * Kafka serializers, deserializers, Serdes and dead-letter handling for Sitrep values ({@link
 * org.sitrep.kafka}).
 *
 * <p>Kafka's jars have no module descriptor and no {@code Automatic-Module-Name}: they are the
 * automatic modules {@code kafka.clients} and {@code kafka.streams}, named after their jar files
 * (decision record 0016). Kafka Streams is optional, as in the pom: only {@link
 * org.sitrep.kafka.SitrepDeadLetterHandler} needs it.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.sitrep.kafka {
  requires transitive org.sitrep.jackson;
  requires transitive kafka.clients;
  requires static kafka.streams;

  exports org.sitrep.kafka;
}
