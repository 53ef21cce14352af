/**
 * Evaluation: document-level precision, recall and F1 of a mention table against hand
 * annotation, by language and by entity. Not a pipeline stage: it reads what the pipeline wrote.
 */
package org.comention.evaluation;
