/**
 * Stage 3, entity: the gazetteer (entities and their aliases, as CSV layers) and the matcher
 * that finds them in text. Depends on {@code text} and {@code common}.
 */
package org.comention.entity;
