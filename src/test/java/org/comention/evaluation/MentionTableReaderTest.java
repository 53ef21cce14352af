package org.comention.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mention table's cells are read as the text mentions.csv was given, its formula guard undone. */
class MentionTableReaderTest {
    @TempDir
    Path dir;

    @Test
    void guardedCellsAreReadAsTheirText() throws Exception {
        Path table = dir.resolve("mentions.csv");
        Files.writeString(table, "doc_id,entity_id,label,type,kind\n'=1+1,x,'-Ali,PERSON,name\n'Ali,y,''=z,PERSON,name\n",
                StandardCharsets.UTF_8);
        List<Evaluation.PredictedMention> mentions = new MentionTableReader().read(table);
        assertEquals("=1+1", mentions.get(0).documentId());
        assertEquals("-Ali", mentions.get(0).label());
        assertEquals("'Ali", mentions.get(1).documentId());
        assertEquals("'=z", mentions.get(1).label());
    }
}
