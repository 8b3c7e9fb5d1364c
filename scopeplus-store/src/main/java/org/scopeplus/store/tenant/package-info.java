/** Tenants: the companies sharing one service; every stored row belongs to one. */
package org.scopeplus.store.tenant;
