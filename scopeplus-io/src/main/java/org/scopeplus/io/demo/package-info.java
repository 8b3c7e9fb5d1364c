/**
 * The demo company, Kestrel Group: its description, the files generated from it with the real
 * factors, and a generator of realistic records for load tests.
 */
package org.scopeplus.io.demo;
