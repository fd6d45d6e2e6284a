package nl.fermwerk.inburgering.rapportage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.dossier.DossierNietGevondenException;
import nl.fermwerk.inburgering.dossier.Dossierverloop;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What casusregie still has to register in DUO's Portaal Inburgering: the gemeente's part of the data DUO keeps
 * (docs/rapportages.md, "DUO-werklijst"). DUO's own data (term end, ontheffing, exam results) are not sent back. An
 * item is the kind of fact and its date, so a later change (a new bijstelling of the PIP) is a new item; marking it
 * done appends {@code DuoRegistratieGedaan} to the dossier, with the day it was registered in the portal.
 */
@Service
public class DuoWerklijst {

    /** The kinds of item, with their Dutch description for the list. */
    public enum Soort {
        PIP("PIP vastgesteld (dagtekening initiële PIP)"),
        PIP_BIJSTELLING("PIP bijgesteld (dagtekening van de bijstelling)"),
        PVT("PVT afgerond en verklaring ondertekend"),
        PVT_VERWIJTBAAR("PVT niet voldaan, verwijtbaar"),
        MAP("MAP afgerond"),
        MAP_VERWIJTBAAR("MAP niet voldaan, verwijtbaar"),
        TAALSCHAKELTRAJECT("Taalschakeltraject afgerond");

        private final String omschrijving;

        Soort(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    /** One item: {@code item} is its key within the dossier ({@code SOORT-jjjj-mm-dd}). */
    public record Item(String dossierId, String naam, String gemeente, String item, Soort soort, String omschrijving,
                       LocalDate datum, LocalDate geregistreerdOp) {
    }

    private final RapportageDossiers dossiers;
    private final Gebeurtenissen gebeurtenissen;

    public DuoWerklijst(RapportageDossiers dossiers, Gebeurtenissen gebeurtenissen) {
        this.dossiers = dossiers;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** The open items (or all, with those done and their day), oldest first. */
    @Transactional(readOnly = true)
    public List<Item> werklijst(String gemeente, boolean ookGedaan) {
        String code = Rapportages.gemeente(gemeente);
        List<Item> lijst = new ArrayList<>();
        for (DossierRegel d : code == null ? dossiers.alle() : dossiers.vanGemeente(code)) {
            items(d).stream().filter(i -> ookGedaan || i.geregistreerdOp() == null).forEach(lijst::add);
        }
        lijst.sort(Comparator.comparing(Item::datum).thenComparing(Item::dossierId).thenComparing(Item::item));
        return lijst;
    }

    /** The items a dossier gives rise to, done or not. */
    static List<Item> items(DossierRegel d) {
        List<Item> items = new ArrayList<>();
        voegToe(items, d, Soort.PIP, d.pipDatum());
        // Every change of the PIP is a beschikking of its own: each one is registered
        d.bijstellingenPip().stream().distinct().forEach(dag -> voegToe(items, d, Soort.PIP_BIJSTELLING, dag));
        boolean pvtVoldaan = d.resultaatPvt() == null || Dossierverloop.VOLDAAN.equals(d.resultaatPvt());
        voegToe(items, d, Soort.PVT, pvtVoldaan ? d.datumPvt() : null);
        voegToe(items, d, Soort.PVT_VERWIJTBAAR, !pvtVoldaan && Boolean.TRUE.equals(d.pvtVerwijtbaar())
                ? d.datumPvt() : null);
        boolean mapVoldaan = d.resultaatMap() == null || Dossierverloop.VOLDAAN.equals(d.resultaatMap());
        voegToe(items, d, Soort.MAP, mapVoldaan ? d.datumMap() : null);
        voegToe(items, d, Soort.MAP_VERWIJTBAAR, !mapVoldaan && Boolean.TRUE.equals(d.mapVerwijtbaar())
                ? d.datumMap() : null);
        voegToe(items, d, Soort.TAALSCHAKELTRAJECT, d.datumTaalschakeltraject());
        return items;
    }

    private static void voegToe(List<Item> items, DossierRegel d, Soort soort, LocalDate datum) {
        if (datum != null) {
            String sleutel = soort.name() + "-" + datum;
            items.add(new Item(d.dossierId(), d.naam(), d.gemeente(), sleutel, soort, soort.omschrijving(), datum,
                    d.duoGeregistreerd().get(sleutel)));
        }
    }

    /**
     * Marks an item done: registered in DUO's portal on {@code datumRegistratie} (not in the future, not before the
     * fact itself). An item that is not on the dossier's list, or that was marked already, is refused.
     */
    @Transactional
    public Item markeer(String dossierId, String item, LocalDate datumRegistratie, String actor) {
        DossierRegel d = dossiers.vind(dossierId).orElseThrow(() -> new DossierNietGevondenException(dossierId));
        Optional<Item> gevonden = items(d).stream().filter(i -> i.item().equals(item)).findFirst();
        if (gevonden.isEmpty()) {
            throw new OngeldigeInvoerException("item", "Dossier " + dossierId + " heeft geen DUO-werklijstitem '"
                    + item + "'.");
        }
        if (gevonden.get().geregistreerdOp() != null) {
            throw new OngeldigeInvoerException("item", "Dit item is al geregistreerd in DUO op "
                    + gevonden.get().geregistreerdOp() + ".");
        }
        if (datumRegistratie == null) {
            throw new OngeldigeInvoerException("datumRegistratie", "Vul de datum in waarop het item in het Portaal "
                    + "Inburgering van DUO is geregistreerd.");
        }
        if (datumRegistratie.isAfter(Klok.vandaag()) || datumRegistratie.isBefore(gevonden.get().datum())) {
            throw new OngeldigeInvoerException("datumRegistratie", "De datum van registratie ligt tussen "
                    + gevonden.get().datum() + " en vandaag.");
        }
        gebeurtenissen.voegToe(dossierId, new Feit.DuoRegistratieGedaan(item, datumRegistratie), Klok.nu(), actor);
        Item i = gevonden.get();
        return new Item(i.dossierId(), i.naam(), i.gemeente(), i.item(), i.soort(), i.omschrijving(), i.datum(),
                datumRegistratie);
    }
}
