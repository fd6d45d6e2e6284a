package nl.fermwerk.inburgering.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether a user's own authorizations let him see tasks that his groups do not: the engine gives an assignee his own
 * rights on the task, and a Ferm Werk colleague may get a task of a group he is not in. Such a user's Tasklist counts
 * are his own ({@link GedeeldeFiltertellingen}); a user whose own rights repeat his groups' shares them. A revocation
 * of his own makes them his own too. Read straight from the engine's table, as the system: the user himself may not
 * read authorizations.
 */
public class EigenTaakrechten {

    private static final int TAAK = Resources.TASK.resourceType();
    private static final int PROCESDEFINITIE = Resources.PROCESS_DEFINITION.resourceType();
    /** Per resource type, the bit that makes its tasks visible to a task query. */
    private static final Map<Integer, Integer> ZICHTBAAR = Map.of(
            TAAK, Permissions.READ.getValue(),
            PROCESDEFINITIE, ProcessDefinitionPermissions.READ_TASK.getValue());
    /** Resource ids per IN list: far below the parameter limits of both databases. */
    private static final int PER_VRAAG = 500;

    private final JdbcTemplate jdbc;
    private final String tabel;

    public EigenTaakrechten(JdbcTemplate jdbc, String tabelvoorvoegsel) {
        this.jdbc = jdbc;
        this.tabel = (tabelvoorvoegsel == null ? "" : tabelvoorvoegsel) + "ACT_RU_AUTHORIZATION";
    }

    public boolean buitenGroepen(String gebruiker, List<String> groepen) {
        Map<Integer, Set<String>> eigen = new HashMap<>();
        boolean[] ingetrokken = {false};
        jdbc.query("SELECT TYPE_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_ FROM " + tabel
                + " WHERE USER_ID_ = ? AND TYPE_ IN (?, ?) AND RESOURCE_TYPE_ IN (?, ?)", rs -> {
                    int soort = rs.getInt("RESOURCE_TYPE_");
                    if (rs.getInt("TYPE_") == AUTH_TYPE_REVOKE) {
                        ingetrokken[0] = true;
                    } else if ((rs.getInt("PERMS_") & ZICHTBAAR.get(soort)) != 0) {
                        eigen.computeIfAbsent(soort, s -> new HashSet<>()).add(rs.getString("RESOURCE_ID_"));
                    }
                }, gebruiker, AUTH_TYPE_GRANT, AUTH_TYPE_REVOKE, TAAK, PROCESDEFINITIE);
        if (ingetrokken[0]) {
            return true;
        }
        for (Map.Entry<Integer, Set<String>> perSoort : eigen.entrySet()) {
            if (!gedekt(perSoort.getKey(), new ArrayList<>(perSoort.getValue()), groepen)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every one of these resources is visible through a group of the user's, or through a global grant. */
    private boolean gedekt(int soort, List<String> ids, List<String> groepen) {
        int bit = ZICHTBAAR.get(soort);
        Set<String> gedekt = new HashSet<>();
        for (int van = 0; van < ids.size(); van += PER_VRAAG) {
            List<String> deel = ids.subList(van, Math.min(ids.size(), van + PER_VRAAG));
            List<Object> parameters = new ArrayList<>(List.of(soort, Authorization.ANY));
            parameters.addAll(deel);
            parameters.add(AUTH_TYPE_GLOBAL);
            StringBuilder sql = new StringBuilder("SELECT RESOURCE_ID_, PERMS_ FROM ").append(tabel)
                    .append(" WHERE RESOURCE_TYPE_ = ? AND RESOURCE_ID_ IN (?, ").append(vraagtekens(deel.size()))
                    .append(") AND (TYPE_ = ?");
            if (!groepen.isEmpty()) {
                sql.append(" OR (TYPE_ = ? AND GROUP_ID_ IN (").append(vraagtekens(groepen.size())).append("))");
                parameters.add(AUTH_TYPE_GRANT);
                parameters.addAll(groepen);
            }
            jdbc.query(sql.append(")").toString(), rs -> {
                if ((rs.getInt("PERMS_") & bit) != 0) {
                    gedekt.add(rs.getString("RESOURCE_ID_"));
                }
            }, parameters.toArray());
            if (gedekt.contains(Authorization.ANY)) {
                return true;
            }
        }
        return gedekt.containsAll(ids);
    }

    private static String vraagtekens(int aantal) {
        return String.join(", ", Collections.nCopies(aantal, "?"));
    }
}
