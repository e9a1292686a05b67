package org.sitrep.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;
import org.sitrep.SitrepValidationException;

/**
 * The one Immutables style shared by every Sitrep value type.
 *
 * <p>Generated {@code Immutable*} classes stay package-private behind each type's nested
 * {@code Builder}; builders are strict (an attribute is set once); collection attributes get
 * singular {@code addX} methods; nothing null is accepted; a missing required attribute or a null
 * argument is reported as a {@link SitrepValidationException} naming the attribute.
 *
 * <p>Source retention: the processor reads it while compiling the core, and nothing of it reaches
 * the class files users compile against (with class retention, their compiler and javadoc, without
 * Immutables, warned of the unknown enum constant {@code ImplementationVisibility.PACKAGE}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"casualty:casualties", "means:means", "damage:damage", "party:parties", "supersedes:supersedes"},
    throwForInvalidImmutableState = SitrepValidationException.class,
    throwForNullPointer = SitrepValidationException.class,
    privateNoargConstructor = false,
    defaultAsDefault = false,
    // No @org.immutables.value.Generated on generated classes: users compile without Immutables.
    allowedClasspathAnnotations = {Override.class})
public @interface SitrepStyle {}
