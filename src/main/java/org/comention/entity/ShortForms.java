package org.comention.entity;

import java.util.Set;

/**
 * Which word of a person's full name may stand for the person later in a document: the last
 * word, if it is long enough to be distinctive, is not an Arabic word with the article (الثاني,
 * السادس are ordinals), and is not a common word or given name. The list is of normalised forms:
 * Arabic and Persian words that are also surnames of people in the news (سلام "peace", عون
 * "help", سعيد "happy", ثاني "second") and Latin surnames that are also places or first names
 * (Austin, Charles).
 */
final class ShortForms {
    static final int MIN_LETTERS = 4;

    private static final Set<String> NEVER = Set.of(
            "سلام", "عون", "سعيد", "عباس", "حسن", "حسين", "علي", "محمد", "احمد", "الله", "ثاني", "خان", "شريف", "نصر",
            "حمد", "زايد", "فرحان", "طارق", "امير", "ملك", "شيخ", "سلطان", "قاسم", "كريم", "جمال", "كمال", "منصور",
            "صالح", "عادل", "فيصل", "خالد", "ناصر", "سالم", "عمر", "يوسف", "ابراهيم", "اسماعيل", "موسي", "عيسي",
            "رييسي", "سلمان", "حماد", "سوم", "دوم", "اول", "sharif", "khan", "salam", "costa", "michel", "austin",
            "james", "king", "charles", "francis", "pierre", "jean");

    private ShortForms() {
    }

    /** The surname {@code fullName} (normalised) may be shortened to, or null. */
    static String surname(String fullName) {
        int space = fullName.lastIndexOf(' ');
        if (space < 0) {
            return null;
        }
        String last = fullName.substring(space + 1);
        if (last.codePoints().filter(Character::isLetter).count() < MIN_LETTERS || last.startsWith("ال")
                || NEVER.contains(last) || !last.codePoints().allMatch(Character::isLetter)) {
            return null;
        }
        return last;
    }
}
