/**
 * File formats around the core: CSV and XLSX readers for activity data, factor libraries and the
 * org structure; the built-in reference data; inventory output as table, JSON and CSV.
 */
package org.scopeplus.io;
