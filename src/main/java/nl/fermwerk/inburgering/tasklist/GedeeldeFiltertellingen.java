package nl.fermwerk.inburgering.tasklist;

import camundajar.impl.com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.FilterServiceImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The engine's filter service, except that the number of tasks in a filter is counted once per {@code geldig} for all
 * users who would get the same number, instead of at every request. Tasklist asks that number for every filter of the
 * sidebar at every refresh, and again for the filter it lists (its pager's total): at 100,000 dossiers one count read
 * every matching task with its authorization check (0.25-1.1 s), and fifty colleagues asked for more counts than the
 * database could make (docs/performance.md, the load run).
 *
 * <p>Who gets the same number: the count of a filter depends on the filter, the query Tasklist adds to it, and whose
 * authorizations decide which tasks are visible. Those are the user's groups, unless the filter names the current user
 * (Mijn taken) or the user holds task rights of his own that his groups lack ({@link EigenTaakrechten}); then the
 * count is the user's alone. A count is kept for {@code geldig}; once expired, the next request gets it still and has
 * it counted anew by the {@code vernieuwer} ({@link Telrij}: one count at a time, beside the users' own work), so a
 * number is older than {@code geldig} by its wait for a turn. A sidebar number that was never counted is queued the
 * same way and shown as none until then; a page's total is counted while the page waits. The list itself is never
 * kept: a task shows in the list at once and in the number after its next count. Without an authenticated user (the
 * system, a test) every count is made afresh, as is every count when {@code geldig} is zero.
 */
public class GedeeldeFiltertellingen extends FilterServiceImpl {

    /** A page's first counts at once (after a start, or of a new search): the rest wait, holding no connection. */
    static final int EERSTE_TELLINGEN_TEGELIJK = 2;
    private static final JsonTaskQueryConverter CONVERTER = new JsonTaskQueryConverter();
    private static final JsonObject ZONDER_CRITERIA = CONVERTER.toJsonObject(new TaskQueryImpl());

    private final boolean uit;
    private final Supplier<IdentityService> identiteit;
    private final EigenTaakrechten eigenRechten;
    private final KortBewaard<Sleutel> tellingen;
    /** 1 when a filter's own query names the current user (Mijn taken), else 0. */
    private final KortBewaard<String> noemtGebruiker;
    /** 1 when a user (with these groups) holds task rights his groups lack, else 0. */
    private final KortBewaard<String> eigenRechtenVan;

    public GedeeldeFiltertellingen(Duration geldig, LongSupplier nanoKlok, Executor vernieuwer,
            Supplier<IdentityService> identiteit, EigenTaakrechten eigenRechten) {
        this.uit = geldig.isZero();
        this.identiteit = identiteit;
        this.eigenRechten = eigenRechten;
        this.tellingen = new KortBewaard<>(geldig, nanoKlok, vernieuwer,
                new Semaphore(EERSTE_TELLINGEN_TEGELIJK, true));
        // Two short lookups by key: never behind a slow first count of a filter
        this.noemtGebruiker = new KortBewaard<>(geldig, nanoKlok, vernieuwer, new Semaphore(Integer.MAX_VALUE));
        this.eigenRechtenVan = new KortBewaard<>(geldig, nanoKlok, vernieuwer, new Semaphore(Integer.MAX_VALUE));
    }

    @Override
    public Long count(String filterId) {
        Authentication wie = identiteit.get().getCurrentAuthentication();
        if (wie == null || uit) {
            return super.count(filterId);
        }
        // The sidebar's number: until its first count is made, none (Tasklist shows the filter without one)
        return tellingen.alsBekend(sleutel(filterId, "", wie), als(wie, () -> super.count(filterId)));
    }

    @Override
    public Long count(String filterId, Query<?, ?> uitbreiding) {
        Authentication wie = identiteit.get().getCurrentAuthentication();
        if (wie == null || uit || !(uitbreiding instanceof TaskQuery taakQuery)) {
            return super.count(filterId, uitbreiding);
        }
        return tellingen.waarde(sleutel(filterId, criteria(taakQuery), wie),
                als(wie, () -> super.count(filterId, uitbreiding)));
    }

    /**
     * What the query Tasklist adds asks besides an order, as the key's part: the order does not change a number, and
     * with nothing else (a page of the filter as it is, Tasklist's usual request) the key is the sidebar's, so a
     * filter's total for the pager and its number in the sidebar are one count.
     */
    private static String criteria(TaskQuery uitbreiding) {
        JsonObject json = CONVERTER.toJsonObject(uitbreiding);
        json.remove(JsonTaskQueryConverter.ORDERING_PROPERTIES);
        json.remove(JsonTaskQueryConverter.ORDER_BY);
        return json.equals(ZONDER_CRITERIA) ? "" : json.toString();
    }

    private Sleutel sleutel(String filterId, String extra, Authentication wie) {
        List<String> groepen = gesorteerd(wie.getGroupIds());
        return new Sleutel(filterId, extra, wieTelt(filterId, extra, wie, groepen), groepen,
                gesorteerd(wie.getTenantIds()));
    }

    /** The user whose number it is, or "" when his groups decide it. */
    private String wieTelt(String filterId, String extra, Authentication wie, List<String> groepen) {
        boolean eigen = extra.contains("currentUser")
                || noemtGebruiker.waarde(filterId, () -> filterNoemtGebruiker(filterId) ? 1L : 0L) == 1L
                || eigenRechtenVan.waarde(wie.getUserId() + "\n" + groepen,
                        () -> eigenRechten.buitenGroepen(wie.getUserId(), groepen) ? 1L : 0L) == 1L;
        return eigen ? wie.getUserId() : "";
    }

    /**
     * The count as this user, also when it is made later on the count's own thread: the engine's authorization check
     * reads the user and groups from the thread.
     */
    private Supplier<Long> als(Authentication wie, Supplier<Long> tel) {
        return () -> {
            IdentityService service = identiteit.get();
            Authentication eerder = service.getCurrentAuthentication();
            if (eerder == wie) {
                return tel.get();
            }
            service.setAuthentication(wie);
            try {
                return tel.get();
            } finally {
                if (eerder == null) {
                    service.clearAuthentication();
                } else {
                    service.setAuthentication(eerder);
                }
            }
        };
    }

    private boolean filterNoemtGebruiker(String filterId) {
        FilterEntity filter = (FilterEntity) super.getFilter(filterId);
        return filter != null && filter.getQueryInternal() != null && filter.getQueryInternal().contains("currentUser");
    }

    /** A filter saved anew may count otherwise: its numbers on this node go at once (on others they expire). */
    @Override
    public Filter saveFilter(Filter filter) {
        Filter bewaard = super.saveFilter(filter);
        vergeetFilter(bewaard.getId());
        return bewaard;
    }

    @Override
    public void deleteFilter(String filterId) {
        super.deleteFilter(filterId);
        vergeetFilter(filterId);
    }

    private void vergeetFilter(String filterId) {
        noemtGebruiker.vergeet(filterId::equals);
        tellingen.vergeet(s -> s.filterId.equals(filterId));
    }

    private static List<String> gesorteerd(List<String> ids) {
        List<String> lijst = ids == null ? new ArrayList<>() : new ArrayList<>(ids);
        lijst.removeIf(Objects::isNull);
        lijst.sort(null);
        return List.copyOf(lijst);
    }

    private record Sleutel(String filterId, String uitbreiding, String gebruiker, List<String> groepen,
            List<String> tenants) {
    }
}
