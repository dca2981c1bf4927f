package uk.gov.vigil.access.web;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * HTTP sessions are kept in the database (Spring Session JDBC, tables {@code spring_session} and
 * {@code spring_session_attributes} from migration V21), so that any instance behind the load balancer serves any
 * signed-in user. The idle timeout and the cookie come from {@code server.servlet.session.*} as before; the
 * 12-hour limit and the end of a disabled account's sessions are {@link AccountStillValidFilter}'s, which reads
 * the account on every request. Expired sessions are deleted by {@link ExpiredSessionsSchedule}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SharedSessions {

    /**
     * On PostgreSQL, a session attribute is written with {@code insert ... on conflict do update}, so that two
     * requests of one session setting the same new attribute at once do not fail on the primary key. H2, used for
     * the demo, keeps Spring Session's plain insert.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributesOnPostgres(
            DataSource dataSource) {
        return repository -> {
            if (isPostgres(dataSource)) {
                new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
            }
        };
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                    DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database holds the sessions", e);
        }
    }
}
