/**
 * Option types shared by the commands of every area (a leaf: it depends on no command), so that a
 * rule about an option, such as the values {@code --format} takes, is written once.
 */
package org.scopeplus.cli.options;
