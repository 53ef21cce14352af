package org.comention.evaluation;

import java.util.List;

/**
 * One annotated document: its id, language and the entities it names. An entity is counted when
 * it has a surface form (or, in {@link Mode#ALL}, an adjectival form) and is not optional.
 */
public record GoldDocument(String id, String lang, List<GoldEntity> entities) {

    public GoldDocument {
        entities = List.copyOf(entities);
    }

    /** An annotated entity: its canonical label and how the document refers to it. */
    public record GoldEntity(String canonical, List<String> surfaces, List<String> adjectival, boolean optional) {

        public GoldEntity {
            surfaces = List.copyOf(surfaces);
            adjectival = List.copyOf(adjectival);
        }
    }

    /** Which mentions count: names only, or names and adjectival references. */
    public enum Mode { NAMES, ALL }
}
