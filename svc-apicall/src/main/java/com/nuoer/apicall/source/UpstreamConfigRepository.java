package com.nuoer.apicall.source;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UpstreamConfigRepository extends JpaRepository<UpstreamConfig, Long> {

    Optional<UpstreamConfig> findByCheckItemAndDataSourceIdAndScene(String checkItem, Long dataSourceId, String scene);

    boolean existsByDataSourceIdAndDeletedFalse(Long dataSourceId);
}
