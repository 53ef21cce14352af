/**
 * Stage 2, text: normalisation with offsets back to the original, Arabic proclitics, and
 * paragraph and sentence segmentation. Depends only on {@code common}.
 */
package org.comention.text;
