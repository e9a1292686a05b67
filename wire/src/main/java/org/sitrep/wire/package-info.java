/**
 * The one definition of the Sitrep wire format, with no JSON library in it.
 *
 * <p>{@link org.sitrep.wire.WireTypes} lists every object type of the format as a {@link
 * org.sitrep.wire.WireType}: its properties in wire order ({@link org.sitrep.wire.WireProperty}),
 * each with its wire name, {@link org.sitrep.wire.Cardinality} and {@link
 * org.sitrep.wire.WireValue} (the codec of its values, named after the JSON Schema definition that
 * describes them). Bindings interpret it (the Jackson 2 module does; a Jackson 3 module does the
 * same), and the JSON Schema and the property tables of {@code docs/wire-format.md} are generated
 * from it. This package is for binding and tool authors; applications use a binding's facade.
 */
package org.sitrep.wire;
