/** The demo company's commands: its inventory, and generated records for load tests. */
package org.scopeplus.cli.demo;
