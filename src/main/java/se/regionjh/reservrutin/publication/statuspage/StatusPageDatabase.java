package se.regionjh.reservrutin.publication.statuspage;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * The status page's own database connections: a small read-only pool beside
 * the application's. Every request or job that changes the journal waits
 * after its commit, still holding its connection, until the page is rebuilt;
 * had the rebuild drawn from the same pool, enough of those callers at once
 * (intake under load) would have left it no connection, failed it after the
 * pool's timeout and starved every other request. Same database, same
 * credentials; not a {@code DataSource} bean, so the application's own pool is
 * still the one Spring Boot configures for the engine and everything else.
 */
@Component
class StatusPageDatabase {

	static final String POOL_NAME = "status-page";

	/** One rebuild runs at a time; the second connection covers a rebuild whose connection is being replaced. */
	static final int POOL_SIZE = 2;

	private final HikariDataSource dataSource;

	private final JdbcClient jdbc;

	private final DataSourceTransactionManager transactions;

	StatusPageDatabase(DataSourceProperties database, StatusPageProperties page) {
		this.dataSource = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		this.dataSource.setPoolName(POOL_NAME);
		this.dataSource.setMaximumPoolSize(POOL_SIZE);
		this.dataSource.setMinimumIdle(1);
		this.dataSource.setReadOnly(true);
		// A database that does not answer fails the rebuild within its query timeout, never later.
		this.dataSource.setConnectionTimeout(Math.max(250, page.queryTimeout().toMillis()));
		this.jdbc = JdbcClient.create(this.dataSource);
		this.transactions = new DataSourceTransactionManager(this.dataSource);
	}

	JdbcClient jdbc() {
		return this.jdbc;
	}

	DataSourceTransactionManager transactions() {
		return this.transactions;
	}

	@PreDestroy
	void close() {
		this.dataSource.close();
	}

}
