package org.comention.entity;

/** The kinds of entity comention links, after the ACE/OntoNotes classes news NER uses. */
public enum EntityType {
    /** A person. */
    PERSON,
    /** An organisation: alliance, agency, ministry, party, armed group, company, news outlet. */
    ORG,
    /** A geo-political entity: country, city, province, territory with a government. */
    GPE,
    /** A location without a government: region, continent, sea, mountain range. */
    LOC
}
