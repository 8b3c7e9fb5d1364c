/** Running an inventory from files: read, validate, calculate, add up; all or nothing. */
package org.scopeplus.io.run;
