package org.sitrep.schema;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.ReturnTree;
import com.sun.source.doctree.StartElementTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.sitrep.Vocabulary;

/**
 * The Javadoc of the core's model types, read from their sources with the JDK's own parser ({@link
 * JavacTask#parse()}, {@link DocTrees}) and rendered as the plain text of schema descriptions.
 *
 * <p>Rendering: white space collapses to one space; {@code {@code X}} is X, and {@code {@link X}}
 * is its label or X's simple name (a member's name without its parameters), except that a
 * constant's name ({@code {@code EXACT}}, {@code {@link EstimateQualifier#AT_MOST}}) is its wire
 * code in single quotes ({@code 'exact'}, {@code 'at_most'}); HTML entities become their
 * characters; {@code <p>} starts a paragraph.
 */
final class Javadocs {
  /** The core's sources, from the wire module's directory (Surefire's working directory). */
  static final Path CORE_SOURCES = Path.of("../core/src/main/java/org/sitrep");

  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  private static final Map<String, String> ENTITIES =
      Map.of("le", "\u2264", "ge", "\u2265", "lt", "<", "gt", ">", "amp", "&", "nbsp", "\u00a0",
          "mdash", "\u2014", "ndash", "\u2013", "quot", "\"");

  /** Type name to its doc, and "Type#member" (an accessor, a constant) to the member's doc. */
  private final Map<String, DocCommentTree> docs = new HashMap<>();

  /** Each type's methods without parameters, in the order the source declares them. */
  private final Map<String, List<String>> declared = new LinkedHashMap<>();

  private Javadocs() {}

  /**
   * @param type a core type's simple name
   * @return its methods without parameters (accessors among them), in declaration order
   */
  List<String> declaredMethods(String type) {
    List<String> methods = declared.get(type);
    if (methods == null) {
      throw new IllegalArgumentException("no type " + type + " in " + CORE_SOURCES);
    }
    return methods;
  }

  /** @return the Javadoc of every top-level type of the core's {@code org.sitrep} package */
  static Javadocs readCore() {
    List<Path> files;
    try (Stream<Path> listing = Files.list(CORE_SOURCES)) {
      files =
          listing
              .filter(p -> p.getFileName().toString().endsWith(".java"))
              .filter(p -> !p.getFileName().toString().equals("package-info.java"))
              .sorted()
              .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Javadocs result = new Javadocs();
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
      JavacTask task =
          (JavacTask) javac.getTask(null, fm, d -> {}, List.of("-proc:none"), null, units);
      DocTrees trees = DocTrees.instance(task);
      for (CompilationUnitTree unit : task.parse()) {
        for (Tree decl : unit.getTypeDecls()) {
          if (decl instanceof ClassTree) {
            result.add(trees, unit, (ClassTree) decl);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }

  private void add(DocTrees trees, CompilationUnitTree unit, ClassTree type) {
    String name = type.getSimpleName().toString();
    put(name, trees.getDocCommentTree(TreePath.getPath(unit, type)));
    List<String> methods = new ArrayList<>();
    declared.put(name, methods);
    for (Tree member : type.getMembers()) {
      String memberName = null;
      if (member instanceof MethodTree && ((MethodTree) member).getParameters().isEmpty()) {
        memberName = ((MethodTree) member).getName().toString();
        methods.add(memberName);
      } else if (member instanceof VariableTree) {
        memberName = ((VariableTree) member).getName().toString();
      }
      if (memberName != null) {
        put(name + "#" + memberName, trees.getDocCommentTree(TreePath.getPath(unit, member)));
      }
    }
  }

  private void put(String key, DocCommentTree doc) {
    if (doc != null) {
      docs.put(key, doc);
    }
  }

  /**
   * A type's description: the first paragraph of its doc, then its rules: the rest of a later
   * paragraph from a sentence that starts with {@code Rules:}, if it has one.
   *
   * @param type a core type's simple name
   * @return the description
   */
  String typeDescription(String type) {
    List<List<DocTree>> paragraphs = paragraphs(require(type).getFullBody());
    StringBuilder out = new StringBuilder(render(type, paragraphs.get(0)));
    for (List<DocTree> p : paragraphs.subList(1, paragraphs.size())) {
      String text = render(type, p);
      int rules = text.startsWith("Rules:") ? 0 : text.indexOf(". Rules:") + 2;
      if (rules >= 0 && text.startsWith("Rules:", rules)) {
        out.append(' ').append(text.substring(rules));
      }
    }
    return out.toString();
  }

  /**
   * A type's first paragraph.
   *
   * @param type a core type's simple name
   * @return the paragraph
   */
  String firstParagraph(String type) {
    return render(type, paragraphs(require(type).getFullBody()).get(0));
  }

  /**
   * An accessor's description: its doc's body, or else its {@code @return} text, capitalised.
   *
   * @param type a core type's simple name
   * @param accessor the accessor's name
   * @return the description
   */
  String accessorDescription(String type, String accessor) {
    DocCommentTree doc = require(type + "#" + accessor);
    String body = render(type, doc.getFullBody());
    if (!body.isEmpty()) {
      return body;
    }
    for (DocTree tag : doc.getBlockTags()) {
      if (tag instanceof ReturnTree) {
        String text = render(type, ((ReturnTree) tag).getDescription());
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
      }
    }
    throw new IllegalStateException(type + "." + accessor + "() has neither a body nor @return");
  }

  /**
   * A constant's description (of a vocabulary), without its final full stop.
   *
   * @param type a core type's simple name
   * @param constant the constant's name, e.g. {@code DRONE_ATTACK}
   * @return the description
   */
  String constantDescription(String type, String constant) {
    String text = render(type, require(type + "#" + constant).getFullBody());
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  private DocCommentTree require(String key) {
    DocCommentTree doc = docs.get(key);
    if (doc == null) {
      throw new IllegalStateException(key + " has no Javadoc in " + CORE_SOURCES);
    }
    return doc;
  }

  /** The body's paragraphs, split at {@code <p>}, unrendered (a later one may hold a table). */
  private static List<List<DocTree>> paragraphs(List<? extends DocTree> body) {
    List<List<DocTree>> paragraphs = new ArrayList<>();
    List<DocTree> current = new ArrayList<>();
    for (DocTree tree : body) {
      if (tree instanceof StartElementTree
          && ((StartElementTree) tree).getName().contentEquals("p")) {
        paragraphs.add(current);
        current = new ArrayList<>();
      } else {
        current.add(tree);
      }
    }
    paragraphs.add(current);
    paragraphs.removeIf(List::isEmpty);
    return paragraphs;
  }

  /** Renders doc trees of the doc of {@code type} (which {@code {@link #X}} refers to). */
  private static String render(String type, List<? extends DocTree> trees) {
    StringBuilder out = new StringBuilder();
    for (DocTree tree : trees) {
      switch (tree.getKind()) {
        case TEXT:
          out.append(((TextTree) tree).getBody());
          break;
        case ENTITY:
          String name = ((EntityTree) tree).getName().toString();
          String character = ENTITIES.get(name);
          if (character == null) {
            throw new IllegalStateException("no rendering for &" + name + ";");
          }
          out.append(character);
          break;
        case CODE:
        case LITERAL:
          String literal = ((LiteralTree) tree).getBody().getBody();
          out.append(code(literal.replaceAll("\\s+", " ").trim()));
          break;
        case LINK:
        case LINK_PLAIN:
          LinkTree link = (LinkTree) tree;
          if (!link.getLabel().isEmpty()) {
            out.append(render(type, link.getLabel()));
          } else {
            out.append(reference(type, link.getReference().getSignature()));
          }
          break;
        case START_ELEMENT:
          if (((StartElementTree) tree).getName().contentEquals("p")) {
            out.append(' ');
            break;
          }
          throw new IllegalStateException("no rendering for " + tree);
        default:
          throw new IllegalStateException("no rendering for " + tree.getKind() + ": " + tree);
      }
    }
    return out.toString().replaceAll("\\s+", " ").trim();
  }

  private static String code(String text) {
    return CONSTANT.matcher(text).matches() ? "'" + text.toLowerCase(Locale.ROOT) + "'" : text;
  }

  /**
   * A link without a label: a type is its simple name; an accessor its wire name ({@code
   * #start()} is start, {@code #publishedAt()} is published_at), a constant of a vocabulary its
   * wire code, any other member its name.
   */
  private static String reference(String type, String signature) {
    int hash = signature.indexOf('#');
    if (hash < 0) {
      return signature.substring(signature.lastIndexOf('.') + 1);
    }
    String owner = hash == 0 ? type : signature.substring(0, hash);
    String member = signature.substring(hash + 1).replaceFirst("\\(.*", "");
    if (isVocabulary(owner)) {
      return code(member);
    }
    return signature.endsWith("()") ? org.sitrep.wire.WireNames.snake(member) : member;
  }

  private static boolean isVocabulary(String type) {
    try {
      Class<?> c = Class.forName(type.contains(".") ? type : "org.sitrep." + type);
      return c.isEnum() || Vocabulary.class.isAssignableFrom(c);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("{@link " + type + "} names no class", e);
    }
  }
}
