/** Activity data: the activity types a calculation knows and the records it calculates. */
package org.scopeplus.core.activity;
