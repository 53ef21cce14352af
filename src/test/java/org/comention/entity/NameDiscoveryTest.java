package org.comention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.comention.text.NormalizedText;
import org.comention.text.TextNormalizer;
import org.junit.jupiter.api.Test;

/** The discovery stage's decisions, with rule families made for each test (never the bundled ones). */
class NameDiscoveryTest {
    private static final int BASE = 10;
    private final TextNormalizer normalizer = new TextNormalizer();

    /** A rule that proposes each {@code (name, type, strength)} at every place the name is written. */
    private record Fixed(List<Object[]> names) implements NameRules {
        @Override
        public List<DiscoveredName> find(String text, NormalizedText normalized, String lang, List<Mention> known) {
            List<DiscoveredName> found = new ArrayList<>();
            for (Object[] n : names) {
                String name = (String) n[0];
                for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                    found.add(new DiscoveredName(at, at + name.length(), BracketNames.normalizedIndex(normalized, at), name,
                            (EntityType) n[1], (double) n[2], "fixed"));
                }
            }
            return found;
        }
    }

    private static Object[] name(String name, EntityType type, double strength) {
        return new Object[] {name, type, strength};
    }

    private NameDiscovery.Found find(String text, List<Mention> known, IntFunction<EntityType> typeOf, Object[]... names) {
        NameDiscovery discovery = new NameDiscovery(normalizer, List.of(new Fixed(List.of(names))));
        return discovery.find(text, normalizer.forMatching(text), null, known, typeOf, BASE);
    }

    private static List<String> surfaces(String text, List<Mention> mentions) {
        return mentions.stream().map(m -> text.substring(m.start(), m.end()) + "/" + m.how().code()).toList();
    }

    private static Mention gazetteer(String text, String alias, int entity, AliasKind kind) {
        int at = text.indexOf(alias);
        return new Mention(entity, kind, at, at + alias.length(), at);
    }

    @Test
    void aNameLongerThanAGazetteerAliasMayBeIsNoEntity() {
        String longest = "A" + "b".repeat(GazetteerReader.MAX_ALIAS_LENGTH - 1);
        String tooLong = longest + "c";
        String text = "Minister " + longest + " met Minister " + tooLong + ".";
        NameDiscovery.Found found = find(text, List.of(), e -> EntityType.GPE,
                name(longest, EntityType.PERSON, 0.9), name(tooLong, EntityType.PERSON, 0.9));
        assertEquals(List.of(longest), found.entities().stream().map(e -> e.names().get(0)).toList());
    }

    @Test
    void aProposalOverlappingAGazetteerMentionIsDropped() {
        String text = "Minister Omar Khalid of Sudan spoke.";
        List<Mention> known = List.of(gazetteer(text, "Sudan", 0, AliasKind.NAME));
        NameDiscovery.Found found = find(text, known, e -> EntityType.GPE, name("Khalid of Sudan", EntityType.PERSON, 0.9));
        assertTrue(found.entities().isEmpty());
        assertEquals(known, found.mentions());
    }

    @Test
    void aPersonReplacesAGazetteerPersonStrictlyInsideIt() {
        String text = "الأمير عبد العزيز بن سلمان قال";
        List<Mention> known = List.of(gazetteer(text, "بن سلمان", 3, AliasKind.NAME));
        NameDiscovery.Found found = find(text, known, e -> EntityType.PERSON,
                name("عبد العزيز بن سلمان", EntityType.PERSON, 0.9));
        assertEquals(List.of("عبد العزيز بن سلمان/discovered"), surfaces(text, found.mentions()));
        assertEquals(BASE, found.mentions().get(0).entity());
    }

    @Test
    void aPersonDoesNotReplaceAnOrganisationInsideIt() {
        String text = "Omar NATO Khalid said";
        List<Mention> known = List.of(gazetteer(text, "NATO", 3, AliasKind.NAME));
        NameDiscovery.Found found = find(text, known, e -> EntityType.ORG, name("Omar NATO Khalid", EntityType.PERSON, 0.9));
        assertEquals(known, found.mentions());
    }

    @Test
    void anOrganisationOfAPlaceKeepsThePlaceInsideIt() {
        String text = "قالت جامعة بغداد إن الطلاب";
        List<Mention> known = List.of(gazetteer(text, "بغداد", 5, AliasKind.NAME));
        NameDiscovery.Found found = find(text, known, e -> EntityType.GPE, name("جامعة بغداد", EntityType.ORG, 0.9));
        assertEquals(List.of("جامعة بغداد/discovered", "بغداد/normalised"), surfaces(text, found.mentions()));
    }

    @Test
    void aPlaceKeepsNoOtherGazetteerEntityInsideAnOrganisation() {
        String text = "Omar said the Union of NATO Workers met";
        List<Mention> known = List.of(gazetteer(text, "NATO", 3, AliasKind.NAME));
        NameDiscovery.Found found = find(text, known, e -> EntityType.ORG, name("Union of NATO Workers", EntityType.ORG, 0.9));
        assertEquals(known, found.mentions());
    }

    @Test
    void aNisbaEndingAPersonsNameIsNotACountryAdjective() {
        String text = "قال الوزير محمد المصري أمس";
        List<Mention> known = List.of(gazetteer(text, "المصري", 4, AliasKind.ADJECTIVAL));
        NameDiscovery.Found found = find(text, known, e -> EntityType.GPE, name("محمد المصري", EntityType.PERSON, 0.9));
        assertEquals(List.of("محمد المصري/discovered"), surfaces(text, found.mentions()));
    }

    @Test
    void aWeakPersonThatIsNotEvidentLeavesTheGazetteerMention() {
        String text = "عبد العزيز بن سلمان قال";
        List<Mention> known = List.of(gazetteer(text, "بن سلمان", 3, AliasKind.NAME));
        NameDiscovery.Found found = find(text, known, e -> EntityType.PERSON,
                name("عبد العزيز بن سلمان", EntityType.PERSON, 0.5));
        assertEquals(known, found.mentions());
        assertFalse(found.proposals().get(0).accepted());
    }

    @Test
    void ofOverlappingProposalsTheLongerWins() {
        String text = "Minister Omar Hassan Khalid spoke.";
        NameDiscovery.Found found = find(text, List.of(), e -> null,
                name("Omar Hassan", EntityType.PERSON, 0.9), name("Omar Hassan Khalid", EntityType.PERSON, 0.8));
        assertEquals(List.of("Omar Hassan Khalid/discovered"), surfaces(text, found.mentions()));
    }

    @Test
    void ofEquallyLongProposalsTheStrongerWins() {
        String text = "Minister Omar Hassan spoke.";
        NameDiscovery.Found found = find(text, List.of(), e -> null,
                name("Omar Hassan", EntityType.ORG, 0.8), name("Omar Hassan", EntityType.PERSON, 0.9));
        assertEquals(EntityType.PERSON, found.entities().get(0).type());
    }

    @Test
    void aWeakNameOnceIsNoMentionButTwiceIs() {
        String once = "Omar Hassan spoke.";
        NameDiscovery.Found weakOnce = find(once, List.of(), e -> null, name("Omar Hassan", EntityType.PERSON, 0.5));
        assertTrue(weakOnce.mentions().isEmpty());
        assertEquals(1, weakOnce.proposals().size());
        assertFalse(weakOnce.proposals().get(0).accepted());

        String twice = "Omar Hassan spoke. Later Omar Hassan left.";
        NameDiscovery.Found weakTwice = find(twice, List.of(), e -> null, name("Omar Hassan", EntityType.PERSON, 0.5));
        assertEquals(2, weakTwice.mentions().size());
        assertEquals(1, weakTwice.entities().size());

        NameDiscovery.Found strongOnce = find(once, List.of(), e -> null,
                name("Omar Hassan", EntityType.PERSON, NameDiscovery.STRONG_CUE));
        assertEquals(1, strongOnce.mentions().size());
    }

    @Test
    void aLaterSurnameAloneLinksToTheFullName() {
        String text = "Minister Omar Hassan Khalid spoke. Khalid's aides and Khalid'ın ekibi agreed; khalid is lower case.";
        NameDiscovery.Found found = find(text, List.of(), e -> null, name("Omar Hassan Khalid", EntityType.PERSON, 0.9));
        assertEquals(List.of("Omar Hassan Khalid/discovered", "Khalid's/coreference", "Khalid'ın/coreference"),
                surfaces(text, found.mentions()));
        assertTrue(found.mentions().stream().allMatch(m -> m.entity() == BASE));
    }

    @Test
    void aSurnameBehindArabicProcliticsLinks() {
        String text = "قال عبد الفتاح البرهان إن الجيش مستعد، وأضاف للبرهان مستشار.";
        NameDiscovery.Found found = find(text, List.of(), e -> null, name("عبد الفتاح البرهان", EntityType.PERSON, 0.9));
        assertEquals(List.of("عبد الفتاح البرهان/discovered", "للبرهان/coreference"), surfaces(text, found.mentions()));
    }

    @Test
    void aSurnameBeforeTheFullNameOrSharedByTwoPersonsDoesNotLink() {
        String text = "Khalid arrived. Minister Omar Khalid and Minister Ali Khalid spoke. Khalid left.";
        NameDiscovery.Found found = find(text, List.of(), e -> null, name("Omar Khalid", EntityType.PERSON, 0.9),
                name("Ali Khalid", EntityType.PERSON, 0.9));
        assertEquals(List.of("Omar Khalid/discovered", "Ali Khalid/discovered"), surfaces(text, found.mentions()));
    }

    @Test
    void aSurnameBeforeTheFullNameDoesNotLink() {
        String text = "Khalid arrived. Minister Omar Khalid spoke. Khalid left.";
        NameDiscovery.Found found = find(text, List.of(), e -> null, name("Omar Khalid", EntityType.PERSON, 0.9));
        assertEquals(List.of("Omar Khalid/discovered", "Khalid/coreference"), surfaces(text, found.mentions()));
        assertEquals(text.lastIndexOf("Khalid"), found.mentions().get(1).start());
    }

    @Test
    void namesOfOneSkeletonAndTypeAcrossScriptsAreOneEntity() {
        String text = "Abdel Fattah al-Burhan met ... عبد الفتاح البرهان";
        NameDiscovery.Found found = find(text, List.of(), e -> null,
                name("Abdel Fattah al-Burhan", EntityType.PERSON, 0.9), name("عبد الفتاح البرهان", EntityType.PERSON, 0.9));
        assertEquals(1, found.entities().size());
        assertEquals(List.of("Abdel Fattah al-Burhan", "عبد الفتاح البرهان"), found.entities().get(0).names());
    }

    @Test
    void aPersonAndAnOrganisationOfOneSkeletonStayApart() {
        String text = "Hamas Party said ... Hamis Party said";
        NameDiscovery.Found found = find(text, List.of(), e -> null,
                name("Hamas Party", EntityType.ORG, 0.9), name("Hamis Party", EntityType.PERSON, 0.9));
        assertEquals(2, found.entities().size());
        assertFalse(NameDiscovery.compatible(EntityType.PERSON, EntityType.ORG));
        assertFalse(NameDiscovery.compatible(EntityType.PERSON, EntityType.GPE));
        assertFalse(NameDiscovery.compatible(EntityType.ORG, EntityType.GPE));
        assertTrue(NameDiscovery.compatible(EntityType.GPE, EntityType.LOC));
    }

    @Test
    void skeletonsMeetAcrossScriptsAndSpellings() {
        NameSkeleton skeletons = new NameSkeleton();
        String[][] same = {
                {"عبد الفتاح البرهان", "Abdel Fattah al-Burhan"},
                {"محمود عباس", "Mahmoud Abbas"},
                {"Сергей Лавров", "Sergei Lavrov"},
                {"عبدالعزيز", "Abdulaziz"},
                {"أردوغان", "Erdoğan"},
        };
        for (String[] pair : same) {
            assertEquals(skeletons.skeleton(pair[0]), skeletons.skeleton(pair[1]), pair[0] + " / " + pair[1]);
        }
        assertNotEquals(skeletons.skeleton("Omar Khalid"), skeletons.skeleton("Ali Hassan"));
        assertEquals("abdel-fattah-al-burhan", skeletons.slug("Abdel Fattah al-Burhan"));
        assertTrue(skeletons.slug("a ".repeat(100)).length() <= NameSkeleton.MAX_SLUG);
    }

    @Test
    void aSentenceOfManyProposalsIsDecidedInBoundedTime() {
        // 20,000 overlapping proposals: sorting and the interval map keep this O(n log n)
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("Abc ");
        }
        String s = text.toString();
        NameRules every = (t, n, lang, known) -> {
            List<DiscoveredName> names = new ArrayList<>();
            for (int i = 0; i + 7 <= t.length(); i += 4) {
                names.add(new DiscoveredName(i, i + 7, i, "Abc Abc", EntityType.PERSON, 0.5, "pair"));
            }
            return names;
        };
        NameDiscovery.Found found = new NameDiscovery(normalizer, List.of(every))
                .find(s, normalizer.forMatching(s), "en", List.of(), e -> null, BASE);
        assertEquals(10_000, found.mentions().size());
        assertEquals(1, found.entities().size());
    }

    private static NameDiscovery.Local local(String name, EntityType type, double strength) {
        NameSkeleton skeletons = new NameSkeleton();
        return new NameDiscovery.Local(new TextNormalizer().forMatchingToString(name), skeletons.skeleton(name), type, strength,
                List.of(name));
    }

    private static Gazetteer gazetteerOf(String... ids) {
        List<Entity> entities = new ArrayList<>();
        for (String id : ids) {
            entities.add(new Entity(id, id, EntityType.ORG, null));
        }
        return new Gazetteer(entities, List.of(), "test");
    }

    @Test
    void entitiesAreNumberedAfterTheGazetteerAndMergedAcrossParts() {
        DiscoveredEntities run = new DiscoveredEntities(gazetteerOf("nato"), new NameSkeleton(), 100);
        int[] first = run.register(List.of(local("Abdel Fattah al-Burhan", EntityType.PERSON, 0.9),
                local("Rapid Support Forces", EntityType.ORG, 0.9)));
        int[] second = run.register(List.of(local("عبد الفتاح البرهان", EntityType.PERSON, 0.5),
                local("Abdel Fattah al-Burhan", EntityType.ORG, 0.9)));
        assertEquals(1, first[0]);
        assertEquals(2, first[1]);
        assertEquals(1, second[0], "the same skeleton and type: one entity");
        assertEquals(3, second[1], "a person's name is never an organisation's");
        Entity burhan = run.entities().get(0);
        assertEquals("d-abdel-fattah-al-burhan", burhan.id());
        assertEquals(Origin.DISCOVERED, burhan.origin());
        assertEquals(1 - (1 - 0.9) * (1 - 0.5), burhan.confidence(), 1e-9);
        assertNotEquals(burhan.id(), run.entities().get(2).id(), "a taken id gets a hash");
        assertTrue(run.entities().get(2).id().startsWith("d-abdel-fattah-al-burhan-"));
        assertEquals(Map.of("Abdel Fattah al-Burhan", 1L, "عبد الفتاح البرهان", 1L), run.names(0));
        Gazetteer all = run.gazetteer();
        assertEquals(4, all.size());
        assertEquals("nato", all.entity(0).id());
        assertEquals(Origin.GAZETTEER, all.entity(0).origin());
        assertEquals(1.0, all.entity(0).confidence());
    }

    @Test
    void theSameNameGetsTheSameIdInEveryRun() {
        DiscoveredEntities one = new DiscoveredEntities(gazetteerOf(), new NameSkeleton(), 100);
        DiscoveredEntities other = new DiscoveredEntities(gazetteerOf("x"), new NameSkeleton(), 100);
        one.register(List.of(local("Omar Khalid", EntityType.PERSON, 0.9)));
        other.register(List.of(local("Ali Hassan", EntityType.PERSON, 0.9), local("Omar Khalid", EntityType.PERSON, 0.5)));
        assertEquals(one.entities().get(0).id(), other.entities().get(1).id());
    }

    @Test
    void anIdTheGazetteerHasIsNotTaken() {
        DiscoveredEntities run = new DiscoveredEntities(gazetteerOf("d-omar-khalid"), new NameSkeleton(), 100);
        run.register(List.of(local("Omar Khalid", EntityType.PERSON, 0.9)));
        assertTrue(run.entities().get(0).id().matches("d-omar-khalid-[0-9a-f]{6}"), run.entities().get(0).id());
    }

    @Test
    void theLabelIsTheMostFrequentNameAndConfidenceIsCapped() {
        DiscoveredEntities run = new DiscoveredEntities(gazetteerOf(), new NameSkeleton(), 100);
        run.register(List.of(local("Mahmud Abbas", EntityType.PERSON, 1.0)));
        for (int i = 0; i < 2; i++) {
            run.register(List.of(local("Mahmoud Abbas", EntityType.PERSON, 0.9)));
        }
        Entity abbas = run.entities().get(0);
        assertEquals("Mahmoud Abbas", abbas.label());
        assertEquals("d-mahmud-abbas", abbas.id(), "the id is the first name's, so it does not move as counts grow");
        assertEquals(DiscoveredEntities.MAX_CONFIDENCE, abbas.confidence());
    }

    @Test
    void beyondTheCapNewNamesAreLeftOut() {
        DiscoveredEntities run = new DiscoveredEntities(gazetteerOf(), new NameSkeleton(), 2);
        int[] numbers = run.register(List.of(local("Omar Khalid", EntityType.PERSON, 0.9),
                local("Ali Hassan", EntityType.PERSON, 0.9), local("Rapid Support Forces", EntityType.ORG, 0.9)));
        assertEquals(0, numbers[0]);
        assertEquals(1, numbers[1]);
        assertEquals(-1, numbers[2]);
        assertEquals(1, run.leftOut());
        assertEquals(0, run.register(List.of(local("Omar Khalid", EntityType.PERSON, 0.9)))[0], "known names still count");
    }
}
