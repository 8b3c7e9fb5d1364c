/** The demo company, loaded as its own tenant when the service starts with {@code --demo}. */
package org.scopeplus.server.demo;
