package org.comention.entity;

/**
 * An entity found in a text: {@code [start, end)} are offsets into the original text and cover
 * the whole token, attached proclitics included (وستولتنبرغ), so the surface is
 * {@code text.substring(start, end)}. {@code normalizedStart} is the offset of the match in the
 * normalised text, which token windows count in.
 */
public record Mention(int entity, AliasKind kind, int start, int end, int normalizedStart) {
}
