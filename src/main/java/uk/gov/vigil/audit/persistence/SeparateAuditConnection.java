package uk.gov.vigil.audit.persistence;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.vigil.audit.domain.AuditEvent;
import uk.gov.vigil.audit.domain.SeparateAuditWriter;
import uk.gov.vigil.shared.persistence.Databases;

/**
 * A pool of two connections to the same database, used only for audit rows written in their own transaction.
 * A read audits itself while holding its request's connection. When those rows took a second connection from
 * the shared pool, sixteen concurrent reads held all ten connections and each waited for an eleventh, until the
 * pool's timeout failed them all (measured in the API load benchmark). The audit group writer is one thread at a
 * time, so two connections are enough.
 */
@Component
class SeparateAuditConnection implements SeparateAuditWriter, DisposableBean {

    private final HikariDataSource pool;
    private final TransactionTemplate transactions;
    private final JdbcAuditEvents events;

    SeparateAuditConnection(DataSource dataSource) throws SQLException {
        this.pool = DataSourceBuilder.derivedFrom(dataSource).type(HikariDataSource.class).build();
        pool.setPoolName("vigil-audit");
        pool.setMaximumPoolSize(2);
        pool.setMinimumIdle(0);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
        this.events = new JdbcAuditEvents(JdbcClient.create(pool), new NamedParameterJdbcTemplate(pool),
                Databases.isPostgres(dataSource));
    }

    @Override
    public void appendAndCommit(List<AuditEvent> unsealed) {
        transactions.executeWithoutResult(status -> events.append(unsealed));
    }

    @Override
    public void destroy() {
        pool.close();
    }
}
