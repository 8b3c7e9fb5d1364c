/**
 * The reporting organisation's structure: its org units with their equity share and control, and
 * the consolidation approach that turns them into the share of each unit's emissions an inventory
 * counts (GHG Protocol Corporate Standard, chapter 3; ISO 14064-1 clause 5.1). Calculation options
 * and inventories both depend on it; it depends on neither.
 */
package org.scopeplus.core.org;
