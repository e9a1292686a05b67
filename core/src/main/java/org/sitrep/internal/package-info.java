/**
 * Shared validation helpers and the Immutables style of the model. Not part of the public API:
 * anything here may change without notice.
 */
@NullMarked
package org.sitrep.internal;

import org.jspecify.annotations.NullMarked;
