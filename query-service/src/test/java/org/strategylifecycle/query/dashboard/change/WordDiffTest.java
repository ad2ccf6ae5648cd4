package org.strategylifecycle.query.dashboard.change;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategylifecycle.query.dashboard.change.WordDiff.Kind.ADDED;
import static org.strategylifecycle.query.dashboard.change.WordDiff.Kind.REMOVED;
import static org.strategylifecycle.query.dashboard.change.WordDiff.Kind.SAME;

class WordDiffTest {

    @Test
    void marksTheWordsThatChangedAndKeepsTheRest() {
        assertThat(WordDiff.diff("We are America's frontline.", "We are America's front line.")).containsExactly(
                new WordDiff.Segment(SAME, "We are America's "),
                new WordDiff.Segment(REMOVED, "frontline"),
                new WordDiff.Segment(ADDED, "front line"),
                new WordDiff.Segment(SAME, "."));
    }

    @Test
    void aFirstRecordingIsAllAddedAndEqualWordingsAreUnchanged() {
        assertThat(WordDiff.diff(null, "Secure trade")).containsExactly(new WordDiff.Segment(ADDED, "Secure trade"));
        List<WordDiff.Segment> same = WordDiff.diff("Secure trade", "Secure trade");
        assertThat(WordDiff.changed(same)).isFalse();
        assertThat(WordDiff.changed(WordDiff.diff("Secure trade", "Secure, compliant trade"))).isTrue();
    }
}
