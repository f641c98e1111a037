package com.nuoer.customer.iam.sys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An IP admitted until {@code expireTime} (addTempWhiteIps); adding it again extends the time. */
@Entity
@Table(name = "temp_white_ip")
public class TempWhiteIp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String ip;
    private long createBy;
    private LocalDateTime createTime;
    private LocalDateTime expireTime;

    protected TempWhiteIp() {
    }

    public static TempWhiteIp admit(String ip, long by, LocalDateTime now, LocalDateTime until) {
        TempWhiteIp w = new TempWhiteIp();
        w.ip = ip;
        w.createBy = by;
        w.createTime = now;
        w.expireTime = until;
        return w;
    }

    /** Re-admits: the entry lasts until the later of its current and the new expiry. */
    public void extend(long by, LocalDateTime now, LocalDateTime until) {
        if (expireTime == null || expireTime.isBefore(until)) {
            expireTime = until;
        }
        if (expireTime.isBefore(now)) {
            expireTime = until;
        }
        createBy = by;
    }

    public boolean admits(LocalDateTime now) {
        return now.isBefore(expireTime);
    }

    public String getIp() {
        return ip;
    }

    public LocalDateTime getExpireTime() {
        return expireTime;
    }
}
