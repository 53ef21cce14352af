package org.comention.entity;

/**
 * What one normalised key of the matcher's automaton stands for.
 *
 * @param capitalsOnly     an acronym (NATO, US) that matches text without lowercase letters only
 * @param afterArticleOnly an Arabic stem (ناتو of الناتو) that matches only after لل
 * @param precedence       the gazetteer layer's rank; {@link Integer#MIN_VALUE} for generated keys
 * @param variant          a generated spelling variant, not a listed alias
 * @param coreferents      set for a derived surname: the people it may refer to, resolved per document
 */
record AutomatonKey(int entity, AliasKind kind, boolean capitalsOnly, boolean afterArticleOnly,
                    int precedence, Alias alias, boolean variant, int[] coreferents) {

    AutomatonKey(int entity, AliasKind kind, boolean capitalsOnly, boolean afterArticleOnly, int precedence, Alias alias) {
        this(entity, kind, capitalsOnly, afterArticleOnly, precedence, alias, false, null);
    }

    AutomatonKey(int entity, AliasKind kind, boolean capitalsOnly, boolean afterArticleOnly, int precedence, Alias alias,
                 boolean variant) {
        this(entity, kind, capitalsOnly, afterArticleOnly, precedence, alias, variant, null);
    }
}
