/** Rules for the text of any field, whatever the format it arrives in. */
package org.scopeplus.core.text;
