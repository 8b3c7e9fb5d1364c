/**
 * The structure rules of DESIGN.md for every module, shipped in scopeplus-core's test jar: each
 * module's {@code ArchitectureTest} extends {@link
 * org.scopeplus.architecture.ModuleArchitectureTest} with its {@link
 * org.scopeplus.architecture.Module}.
 */
package org.scopeplus.architecture;
