package org.comention.export;

import java.util.Locale;

/**
 * The colour of a community in the outputs that draw (GEXF {@code viz:color}, the HTML report):
 * the twelve colours of the Tableau 10/20 palette for communities 0 to 11, grey beyond, so the
 * largest communities are told apart and the same community has the same colour everywhere.
 */
final class CommunityColours {
    private static final int[][] PALETTE = {
        {31, 119, 180}, {255, 127, 14}, {44, 160, 44}, {214, 39, 40}, {148, 103, 189}, {140, 86, 75},
        {227, 119, 194}, {188, 189, 34}, {23, 190, 207}, {174, 199, 232}, {255, 187, 120}, {152, 223, 138},
    };
    private static final int[] GREY = {170, 170, 170};

    private CommunityColours() {
    }

    static int[] rgb(int community) {
        return community >= 0 && community < PALETTE.length ? PALETTE[community] : GREY;
    }

    static String hex(int community) {
        int[] c = rgb(community);
        return String.format(Locale.ROOT, "#%02x%02x%02x", c[0], c[1], c[2]);
    }
}
