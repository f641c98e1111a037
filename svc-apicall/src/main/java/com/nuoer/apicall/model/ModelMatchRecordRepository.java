package com.nuoer.apicall.model;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ModelMatchRecordRepository extends JpaRepository<ModelMatchRecord, Long> {
}
