package nl.fermwerk.inburgering.modellen;

import java.util.List;

/** The outcome of a dry run: what would move to the target version, and what cannot and why. */
public record Migratievoorstel(Definitie bron, Definitie doel, List<Instructie> instructies,
                               List<Instantie> verplaatsbaar, List<Instantie> nietVerplaatsbaar) {

    /** One process version. */
    public record Definitie(String id, String proces, int versie) {
    }

    /** Where an instance waiting in activity {@code van} of the source version continues in the target version. */
    public record Instructie(String van, String naar) {
    }

    /** One running instance: its dossier, where it waits, and (when it cannot move) the reasons. */
    public record Instantie(String procesInstantie, String dossier, List<String> activiteiten, List<String> redenen) {
    }

    public boolean allesVerplaatsbaar() {
        return nietVerplaatsbaar.isEmpty();
    }
}
