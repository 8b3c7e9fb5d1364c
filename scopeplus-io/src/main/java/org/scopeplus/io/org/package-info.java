/** Reading the org structure (ownership, control) and intensity denominators. */
package org.scopeplus.io.org;
