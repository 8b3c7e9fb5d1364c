/** The organisation: the org-unit tree with ownership shares, facilities and reporting periods. */
package org.scopeplus.store.org;
