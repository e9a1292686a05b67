/**
 * The Sitrep model: reports of armed-conflict events, as typed, immutable, validated values.
 *
 * <p>The six main types are {@link org.sitrep.Report}, {@link org.sitrep.Incident}, {@link
 * org.sitrep.Claim}, {@link org.sitrep.Location}, {@link org.sitrep.Casualty} and {@link
 * org.sitrep.AidPackage}; the rest are the value types and vocabularies they need. Every value is
 * built with a strict builder ({@code X.builder()}) or a static factory, is checked when built, and
 * is varied with {@code withX} copies. Nothing in this package accepts or returns {@code null}.
 */
@NullMarked
package org.sitrep;

import org.jspecify.annotations.NullMarked;
