/**
 * Review and sign-off of reporting periods and the verifier's findings and opinions, stored per
 * tenant; every change is an entry of the tenant's audit chain.
 */
package org.scopeplus.store.disclosure;
