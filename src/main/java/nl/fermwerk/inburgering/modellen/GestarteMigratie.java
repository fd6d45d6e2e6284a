package nl.fermwerk.inburgering.modellen;

import java.util.List;

/** A migration handed to the engine as a batch; its progress shows in Cockpit under Batches and at its own URL. */
public record GestarteMigratie(String batchId, Migratievoorstel.Definitie bron, Migratievoorstel.Definitie doel,
                               List<String> procesInstanties) {
}
