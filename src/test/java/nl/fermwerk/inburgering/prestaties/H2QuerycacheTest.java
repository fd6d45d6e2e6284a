package nl.fermwerk.inburgering.prestaties;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class H2QuerycacheTest {

    @Test
    void eenH2UrlKrijgtEenGroteQuerycacheEenAndereNiet() throws Exception {
        String url = H2Querycache.metQuerycache("jdbc:h2:mem:querycache;DB_CLOSE_DELAY=-1");
        assertThat(url).endsWith(";" + H2Querycache.INSTELLING);
        assertThat(H2Querycache.metQuerycache(url)).isEqualTo(url);
        assertThat(H2Querycache.metQuerycache("jdbc:postgresql://localhost/inburgering"))
                .isEqualTo("jdbc:postgresql://localhost/inburgering");
        // H2 itself takes the setting from the URL
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet r = c.createStatement().executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("1024");
        }
    }
}
