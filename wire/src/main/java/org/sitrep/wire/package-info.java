/**
 * The one definition of the Sitrep wire format, with no JSON library in it.
 *
 * <p>{@link org.sitrep.wire.WireTypes} lists every object type of the format as a {@link
 * org.sitrep.wire.WireType}: its properties in wire order ({@link org.sitrep.wire.WireProperty}),
 * each with its wire name, {@link org.sitrep.wire.Cardinality} and {@link
 * org.sitrep.wire.WireValue} (the codec of its values, named after the JSON Schema definition that
 * describes them). The Jackson 2 and Jackson 3 bindings' object codecs, the JSON Schema and the
 * property tables of {@code docs/wire-format.md} are generated from it (decision 0019); a binding
 * may also read it at run time, as the bindings do for single values. This package is for
 * binding and tool authors; applications use a binding's facade.
 */
package org.sitrep.wire;
