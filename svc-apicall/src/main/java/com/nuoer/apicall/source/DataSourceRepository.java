package com.nuoer.apicall.source;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DataSourceRepository extends JpaRepository<DataSource, Long> {

    Optional<DataSource> findByDataSourceCode(String dataSourceCode);
}
