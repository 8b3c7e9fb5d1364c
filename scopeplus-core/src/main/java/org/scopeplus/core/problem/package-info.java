/** Problems with a user's data, reported as values with file, row, column and a sentence. */
package org.scopeplus.core.problem;
