package org.sitrep.testing.jqwik;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;

/**
 * Chooses one of several arbitraries by weight, as jqwik's {@code Arbitraries.frequencyOf} does,
 * but without its per-value cost: {@code frequencyOf} looks up a memoized generator for the chosen
 * arbitrary on every value, hashing that arbitrary's whole tree each time, which made a generated
 * {@code Report} cost tens of milliseconds. Here each part's generator is made once.
 *
 * <p>Its edge cases are the given ones if any, otherwise those of its parts.
 */
final class WeightedArbitrary<T> implements Arbitrary<T> {
  private final List<Integer> weights;
  private final List<Arbitrary<T>> parts;
  private final List<T> edges;

  WeightedArbitrary(List<Integer> weights, List<Arbitrary<T>> parts, List<T> edges) {
    if (weights.size() != parts.size() || parts.isEmpty()) {
      throw new IllegalArgumentException("needs one weight per part, and at least one part");
    }
    this.weights = List.copyOf(weights);
    this.parts = List.copyOf(parts);
    this.edges = List.copyOf(edges);
  }

  @Override
  public RandomGenerator<T> generator(int genSize) {
    List<RandomGenerator<T>> generators = new ArrayList<>();
    for (Arbitrary<T> part : parts) {
      generators.add(part.generator(genSize));
    }
    int total = weights.stream().mapToInt(Integer::intValue).sum();
    return random -> {
      int choice = random.nextInt(total);
      int k = 0;
      while (choice >= weights.get(k)) {
        choice -= weights.get(k);
        k++;
      }
      return generators.get(k).next(random);
    };
  }

  @Override
  public EdgeCases<T> edgeCases(int maxEdgeCases) {
    List<Supplier<Shrinkable<T>>> suppliers = new ArrayList<>();
    if (!edges.isEmpty()) {
      for (T edge : edges) {
        suppliers.add(() -> Shrinkable.unshrinkable(edge));
      }
    } else {
      for (Arbitrary<T> part : parts) {
        suppliers.addAll(part.edgeCases(maxEdgeCases).suppliers());
      }
    }
    return EdgeCases.fromSuppliers(
        new ArrayList<>(
            suppliers.subList(0, Math.min(suppliers.size(), Math.max(0, maxEdgeCases)))));
  }
}
