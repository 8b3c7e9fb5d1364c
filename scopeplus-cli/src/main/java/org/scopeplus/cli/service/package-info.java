/** The service commands: {@code serve}, {@code user add} and {@code audit verify}. */
package org.scopeplus.cli.service;
