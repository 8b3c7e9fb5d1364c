/**
 * Activity imports: files streamed into a reporting period all or nothing, and read back for runs.
 */
package org.scopeplus.store.activity;
