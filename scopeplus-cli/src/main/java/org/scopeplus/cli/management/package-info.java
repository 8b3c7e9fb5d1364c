/**
 * The carbon-management commands: {@code scopeplus targets progress} and {@code scopeplus credits
 * lots|claim}, on the demo company or on a user's own files.
 */
package org.scopeplus.cli.management;
