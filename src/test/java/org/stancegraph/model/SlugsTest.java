package org.stancegraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void latinScriptIsFoldedToAscii() {
        assertEquals("zoe-angstrom", Slugs.slug("Zoë Ångström"));
        assertEquals("jean-luc-picard", Slugs.slug("  Jean-Luc  Picard! "));
    }

    @Test
    void namesInOtherScriptsKeepTheirLettersAndAreNeverMerged() {
        String anna = Slugs.slug("Анна Петрова");
        String ivan = Slugs.slug("Иван Сидоров");
        assertEquals("анна-петрова", anna);
        assertNotEquals(anna, ivan);
        assertEquals("йод", Slugs.slug("Йод"), "a letter with a mark in another script is a letter of its own");
        assertEquals("李明", Slugs.slug("李明"));
        assertEquals("أحمد-علي", Slugs.slug("أحمد علي"));
        assertTrue(IRIx.create("https://stancegraph.org/id/actor/" + anna).isReference());
    }

    @Test
    void aNameWithoutLettersGetsAHashOfItself() {
        assertTrue(Slugs.slug("★★").startsWith("x-"));
        assertNotEquals(Slugs.slug("★★"), Slugs.slug("☆☆"));
        assertEquals(Slugs.slug("★★"), Slugs.slug("★★"));
    }
}
