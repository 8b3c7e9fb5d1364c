/** Users, their roles and org units, and API tokens (stored hashed). */
package org.scopeplus.store.user;
