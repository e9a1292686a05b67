package org.sitrep.schema;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.wire.Cardinality;
import org.sitrep.wire.WireProperty;
import org.sitrep.wire.WireType;
import org.sitrep.wire.WireTypes;
import org.sitrep.wire.WireValue;
import org.sitrep.wire.WireValues;

/**
 * Generates the codecs of the object types, one straight-line reader and writer per type, from
 * the wire definition, for the Jackson 2 and the Jackson 3 binding (decision record 0019): {@code
 * BoundCodecs.java} in each. Every property becomes a direct call of the type's builder method and
 * accessor, and the codec of its values a constant of its exact class, so that the just-in-time
 * compiler sees monomorphic calls it can inline where an interpreter of the definition makes
 * three megamorphic calls per property.
 *
 * <p>What is generated uses only the definition: names, order, cardinality, the values' codecs.
 * The builder method a list adds through is found by reflection on the type's builder (the
 * one-argument {@code add} method taking the element type; where two lists share an element type,
 * the one named after the property) and checked by the compiler.
 */
final class CodecGenerator {
  /** The two bindings, and where their generated file goes. */
  enum Flavor {
    JACKSON2(
        "org.sitrep.jackson",
        "com.fasterxml.jackson.core",
        "nextFieldName",
        "writeFieldName",
        " throws IOException",
        Path.of("../jackson-module/src/main/java/org/sitrep/jackson/BoundCodecs.java")),
    JACKSON3(
        "org.sitrep.jackson3",
        "tools.jackson.core",
        "nextName",
        "writeName",
        "",
        Path.of("../jackson3-module/src/main/java/org/sitrep/jackson3/BoundCodecs.java"));

    final String pkg;
    final String core;
    final String nextName;
    final String writeName;
    final String throwsClause;
    final Path file;

    Flavor(
        String pkg,
        String core,
        String nextName,
        String writeName,
        String throwsClause,
        Path file) {
      this.pkg = pkg;
      this.core = core;
      this.nextName = nextName;
      this.writeName = writeName;
      this.throwsClause = throwsClause;
      this.file = file;
    }
  }

  private final Map<WireType<?, ?>, String> typeFields = new IdentityHashMap<>();
  private final Map<WireValue<?>, String> valueFields = new IdentityHashMap<>();

  CodecGenerator() {
    try {
      for (Field f : WireTypes.class.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == WireType.class) {
          typeFields.put((WireType<?, ?>) f.get(null), f.getName());
        }
      }
      for (Field f : WireValues.class.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == WireValue.class) {
          valueFields.put((WireValue<?>) f.get(null), f.getName());
        }
      }
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** @return the generated files, their paths from the wire module's directory to their text */
  Map<Path, String> files() {
    Map<Path, String> files = new LinkedHashMap<>();
    for (Flavor f : Flavor.values()) {
      files.put(f.file, source(f));
    }
    return files;
  }

  /**
   * @param f the binding
   * @return the text of its {@code BoundCodecs.java}
   */
  String source(Flavor f) {
    StringBuilder s = new StringBuilder();
    s.append("// Generated from the wire definition (org.sitrep.wire.WireTypes) by the wire module's\n")
        .append("// CodecGenerator: do not edit. Regenerate with `")
        .append(GeneratedFiles.COMMAND)
        .append("`.\n")
        .append("package ").append(f.pkg).append(";\n\n");
    List<String> imports = new ArrayList<>();
    imports.add(f.core + ".JsonGenerator");
    imports.add(f.core + ".JsonParser");
    imports.add(f.core + ".SerializableString");
    imports.add(f.core + ".io.SerializedString");
    if (!f.throwsClause.isEmpty()) {
      imports.add("java.io.IOException");
    }
    imports.add("java.util.List");
    imports.add("java.util.Map");
    imports.add("java.util.Optional");
    imports.add("java.util.OptionalLong");
    imports.add("org.sitrep.SitrepValidationException");
    imports.add("org.sitrep.wire.WireType");
    imports.add("org.sitrep.wire.WireTypes");
    imports.add("org.sitrep.wire.WireValues");
    imports.sort(null); // one block, in ASCII order, as the hand-written sources have them
    for (String i : imports) {
      s.append("import ").append(i).append(";\n");
    }
    s.append("\n/**\n")
        .append(" * The codec of every object type of the wire format, generated from its definition\n")
        .append(" * ({@link WireTypes}): one straight-line reader and writer per type, calling the type's\n")
        .append(" * builder methods and accessors directly, on {@link ObjectCodec}'s shared steps.\n")
        .append(" */\n")
        .append("final class BoundCodecs {\n")
        .append("  private BoundCodecs() {}\n\n");

    // the codec of each type
    s.append("  /**\n   * @param type an object type of the wire definition\n")
        .append("   * @return its codec\n   */\n")
        .append("  static Codec<?> of(WireType<?, ?> type) {\n");
    for (WireType<?, ?> t : WireTypes.all()) {
      s.append("    if (type == WireTypes.").append(typeField(t)).append(") {\n")
          .append("      return ").append(codecClass(t)).append(".INSTANCE;\n")
          .append("    }\n");
    }
    s.append("    throw new IllegalArgumentException(\"not an object type of the wire definition: \" + type);\n")
        .append("  }\n");

    // the codecs of single values
    Map<String, WireValue<?>> values = new TreeMap<>();
    for (WireType<?, ?> t : WireTypes.all()) {
      for (WireProperty<?, ?, ?> p : t.properties()) {
        if (p.value().kind() != WireValue.Kind.OBJECT) {
          values.put(valueField(p.value()), p.value());
        }
      }
    }
    s.append('\n');
    for (Map.Entry<String, WireValue<?>> e : values.entrySet()) {
      s.append("  private static final Codec<").append(javaName(e.getValue().javaType()))
          .append("> ").append(e.getKey()).append(" =\n")
          .append("      Codecs.of(WireValues.").append(e.getKey()).append(");\n");
    }
    for (WireType<?, ?> t : WireTypes.all()) {
      s.append('\n');
      type(s, f, t);
    }
    s.append("}\n");
    return s.toString();
  }

  private void type(StringBuilder s, Flavor f, WireType<?, ?> t) {
    String type = javaName(t.javaType());
    String codec = codecClass(t);
    String field = typeField(t);
    boolean builder = hasBuilder(t);
    s.append("  /** The codec of {@code ").append(t.name()).append("}. */\n")
        .append("  static final class ").append(codec).append(" extends ObjectCodec<").append(type)
        .append("> {\n")
        .append("    static final ").append(codec).append(" INSTANCE = new ").append(codec)
        .append("();\n\n");
    for (WireProperty<?, ?, ?> p : t.properties()) {
      s.append("    private static final SerializableString ").append(nameField(p))
          .append(" = new SerializedString(\"").append(p.wireName()).append("\");\n");
    }
    s.append("\n    private ").append(codec).append("() {\n")
        .append("      super(WireTypes.").append(field).append(");\n")
        .append("    }\n\n");

    // read
    s.append("    @Override\n")
        .append("    public ").append(type).append(" read(JsonParser p, ReadMode mode)")
        .append(f.throwsClause).append(" {\n");
    if (builder) {
      s.append("      ").append(type).append(".Builder b = ").append(type).append(".builder();\n");
    } else {
      s.append("      Object b = WireTypes.").append(field).append(".newBuilder();\n");
    }
    s.append("      long seen = 0;\n")
        .append("      Map<String, String> extensions = null;\n")
        .append("      int next = 0;\n")
        .append("      for (String name = start(p); name != null; name = p.").append(f.nextName)
        .append("()) {\n")
        .append("        int i = find(name, next);\n")
        .append("        if (i < 0) {\n")
        .append("          extensions = extension(p, mode, name, extensions);\n")
        .append("          continue;\n")
        .append("        }\n")
        .append("        seen = see(p, seen, i);\n")
        .append("        next = i + 1;\n")
        .append("        p.nextToken();\n")
        .append("        switch (i) {\n");
    for (WireProperty<?, ?, ?> p : t.properties()) {
      s.append("          case ").append(p.index()).append(":\n");
      String read = valueCodec(p.value()) + ".read(p, mode)";
      if (p.isLong()) {
        read = read + ".longValue()";
      }
      if (p.cardinality() == Cardinality.LIST) {
        s.append("            startList(p);\n")
            .append("            for (int n = 0; nextElement(p, n); n++) {\n")
            .append("              ").append(put(t, p, builder, read)).append(";\n")
            .append("            }\n");
      } else {
        s.append("            ").append(put(t, p, builder, read)).append(";\n");
      }
      s.append("            break;\n");
    }
    s.append("          default:\n")
        .append("            throw new IllegalStateException(\"no property \" + i);\n")
        .append("        }\n")
        .append("      }\n")
        .append("      requireAll(p, seen);\n");
    if (builder) {
      s.append("      if (extensions != null) {\n")
          .append("        b.putAllExtensions(extensions);\n")
          .append("      }\n")
          .append("      try {\n")
          .append("        return b.build();\n");
    } else {
      s.append("      try {\n")
          .append("        return build(WireTypes.").append(field).append(", b, extensions);\n");
    }
    s.append("      } catch (SitrepValidationException e) {\n")
        .append("        throw refused(p, e);\n")
        .append("      }\n")
        .append("    }\n\n");

    // write
    s.append("    @Override\n")
        .append("    public void write(").append(type).append(" value, JsonGenerator g)")
        .append(f.throwsClause).append(" {\n")
        .append("      g.writeStartObject(value);\n");
    for (WireProperty<?, ?, ?> p : t.properties()) {
      String v = "v" + p.index();
      String get = "value." + p.javaName() + "()";
      String codecOf = valueCodec(p.value());
      String element = javaName(p.value().javaType());
      String name = "      g." + f.writeName + "(" + nameField(p) + ");\n";
      switch (p.cardinality()) {
        case REQUIRED:
        case DEFAULTED:
          s.append(name)
              .append("      ").append(codecOf).append(".write(").append(get).append(", g);\n");
          break;
        case OPTIONAL:
          if (p.isLong()) {
            s.append("      OptionalLong ").append(v).append(" = ").append(get).append(";\n")
                .append("      if (").append(v).append(".isPresent()) {\n")
                .append("  ").append(name)
                .append("        ").append(codecOf).append(".write(").append(v)
                .append(".getAsLong(), g);\n")
                .append("      }\n");
          } else {
            s.append("      Optional<").append(element).append("> ").append(v).append(" = ")
                .append(get).append(";\n")
                .append("      if (").append(v).append(".isPresent()) {\n")
                .append("  ").append(name)
                .append("        ").append(codecOf).append(".write(").append(v)
                .append(".get(), g);\n")
                .append("      }\n");
          }
          break;
        case LIST:
          s.append("      List<").append(element).append("> ").append(v).append(" = ")
              .append(get).append(";\n")
              .append("      if (!").append(v).append(".isEmpty()) {\n")
              .append("  ").append(name)
              .append("        g.writeStartArray(").append(v).append(", ").append(v)
              .append(".size());\n")
              .append("        for (").append(element).append(" item : ").append(v).append(") {\n")
              .append("          ").append(codecOf).append(".write(item, g);\n")
              .append("        }\n")
              .append("        g.writeEndArray();\n")
              .append("      }\n");
          break;
        default:
          throw new IllegalStateException("no binding for " + p);
      }
    }
    s.append("      writeExtensions(value.extensions(), g);\n")
        .append("      g.writeEndObject();\n")
        .append("    }\n")
        .append("  }\n");
  }

  /** The statement that puts a value read on the builder. */
  private String put(WireType<?, ?> t, WireProperty<?, ?, ?> p, boolean builder, String read) {
    if (!builder) {
      return "set(WireTypes." + typeField(t) + ", " + p.index() + ", b, " + read + ")";
    }
    String method =
        p.cardinality() == Cardinality.LIST ? adder(t, p) : p.javaName();
    return "b." + method + "(" + read + ")";
  }

  /**
   * The builder method that adds one element to a list: the one-argument {@code add} method that
   * takes the element type, or, where several do, the one named after the property.
   */
  private static String adder(WireType<?, ?> t, WireProperty<?, ?, ?> p) {
    Class<?> builder = builderClass(t);
    Class<?> element = p.value().javaType();
    List<String> candidates = new ArrayList<>();
    for (Method m : builder.getMethods()) {
      String n = m.getName();
      if (n.startsWith("add")
          && !n.startsWith("addAll")
          && m.getParameterCount() == 1
          && m.getParameterTypes()[0] == element
          && !m.isVarArgs()) {
        candidates.add(n);
      }
    }
    candidates = candidates.stream().distinct().sorted().collect(java.util.stream.Collectors.toList());
    if (candidates.size() > 1) {
      String plural = capitalize(p.javaName());
      List<String> named = new ArrayList<>();
      for (String c : candidates) {
        String singular = c.substring(3);
        if (plural.startsWith(singular)
            || (singular.endsWith("y")
                && plural.startsWith(singular.substring(0, singular.length() - 1) + "ies"))) {
          named.add(c);
        }
      }
      candidates = named;
    }
    if (candidates.size() != 1) {
      throw new IllegalStateException(
          "no single add method for " + t.name() + "." + p.javaName() + ": " + candidates);
    }
    return candidates.get(0);
  }

  private static boolean hasBuilder(WireType<?, ?> t) {
    try {
      t.javaType().getMethod("builder");
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Class<?> builderClass(WireType<?, ?> t) {
    try {
      return t.javaType().getMethod("builder").getReturnType();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(t.name() + " has no builder", e);
    }
  }

  private String typeField(WireType<?, ?> t) {
    String f = typeFields.get(t);
    if (f == null) {
      throw new IllegalStateException(t + " is not a constant of WireTypes");
    }
    return f;
  }

  private String valueField(WireValue<?> v) {
    String f = valueFields.get(v);
    if (f == null) {
      throw new IllegalStateException(v + " is not a constant of WireValues");
    }
    return f;
  }

  private String valueCodec(WireValue<?> v) {
    return v.kind() == WireValue.Kind.OBJECT ? codecClass(v.type()) + ".INSTANCE" : valueField(v);
  }

  private static String codecClass(WireType<?, ?> t) {
    return t.name() + "Codec";
  }

  private static String nameField(WireProperty<?, ?, ?> p) {
    return "N_" + p.wireName().toUpperCase(Locale.ROOT);
  }

  private static String javaName(Class<?> c) {
    String n = c.getCanonicalName();
    return n.startsWith("java.lang.") && n.indexOf('.', "java.lang.".length()) < 0
        ? n.substring("java.lang.".length())
        : n;
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
